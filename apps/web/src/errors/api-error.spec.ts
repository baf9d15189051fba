/**
 * @jest-environment node
 */
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { translate, type Locale } from '../i18n/i18n';
import { API_ERROR_CODES, apiErrorField, apiErrorMessage, readApiError, type ApiError } from './api-error';

const t = (locale: Locale) => (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate(locale, key, params);

function graphQLError(code: string, details?: Record<string, unknown>) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: `English text for ${code}`, extensions: { code, ...(details ? { details } : {}) } }],
  });
}

describe('readApiError', () => {
  it('reads the code, field and rule of the first GraphQL error', () => {
    expect(readApiError(graphQLError('VALIDATION_FAILED', { field: 'idNumber', rule: 'checksum' }))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'idNumber',
      rule: 'checksum',
      serverMessage: 'English text for VALIDATION_FAILED',
    });
  });

  it('maps a code it does not know to UNKNOWN_ERROR, keeping the server message', () => {
    expect(readApiError(graphQLError('FORBIDDEN'))).toEqual({ code: 'UNKNOWN_ERROR', serverMessage: 'English text for FORBIDDEN' });
  });

  it('reads GraphQL errors from the body of a non-2xx answer', () => {
    const body = JSON.stringify({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }] });
    const error = new ServerError('Response not successful', { response: new Response(body, { status: 400 }), bodyText: body });
    expect(readApiError(error).code).toBe('BAD_USER_INPUT');
  });

  it('treats a failed fetch or a non-JSON gateway page as a network error', () => {
    expect(readApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK_ERROR');
    const gateway = new ServerError('Bad gateway', { response: new Response('<html>', { status: 502 }), bodyText: '<html>' });
    expect(readApiError(gateway).code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('apiErrorMessage', () => {
  it.each(API_ERROR_CODES.filter((code) => code !== 'VALIDATION_FAILED'))('translates %s in both languages', (code) => {
    const error = readApiError(graphQLError(code));
    const zh = apiErrorMessage(error, t('zh'));
    const en = apiErrorMessage(error, t('en'));
    expect(zh).toBe(translate('zh', `error.${code}`));
    expect(en).toBe(translate('en', `error.${code}`));
    expect(zh).not.toBe(en);
    expect(en).not.toContain('English text');
  });

  it('gives each code its own message', () => {
    const messages = API_ERROR_CODES.map((code) => apiErrorMessage({ code, serverMessage: '' }, t('zh')));
    expect(new Set(messages).size).toBe(API_ERROR_CODES.length);
  });

  it('names the field of a validation failure, and the failed ID-number rule when given', () => {
    const onPhone: ApiError = { code: 'VALIDATION_FAILED', field: 'phone', serverMessage: '' };
    expect(apiErrorMessage(onPhone, t('zh'))).toBe('「联系电话」填写有误，请检查');
    expect(apiErrorMessage(onPhone, t('en'))).toBe('"Phone" is invalid; please check it');
    expect(apiErrorMessage({ code: 'VALIDATION_FAILED', field: 'idNumber', rule: 'checksum', serverMessage: '' }, t('zh'))).toBe(
      '身份证号校验位不正确，请核对',
    );
    expect(apiErrorMessage({ code: 'VALIDATION_FAILED', field: 'somethingNew', serverMessage: '' }, t('zh'))).toBe(
      '「somethingNew」填写有误，请检查',
    );
    expect(apiErrorMessage({ code: 'VALIDATION_FAILED', serverMessage: '' }, t('zh'))).toBe('填写的内容有误，请检查');
  });
});

describe('apiErrorField', () => {
  it('puts a validation failure on its field and a missing reason on the reason field', () => {
    expect(apiErrorField({ code: 'VALIDATION_FAILED', field: 'idNumber', serverMessage: '' })).toBe('idNumber');
    expect(apiErrorField({ code: 'REASON_REQUIRED', serverMessage: '' })).toBe('reason');
    expect(apiErrorField({ code: 'CASE_EXITED', serverMessage: '' })).toBeUndefined();
  });
});
