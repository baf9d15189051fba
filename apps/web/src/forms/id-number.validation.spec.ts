/**
 * @jest-environment node
 */
import { buildResidentId } from '@careledger/domain-kernel';
import { translate } from '../i18n/i18n';
import { checkIdNumber } from './id-number.validation';
import { idNumberRule } from './field-rules';

const valid = buildResidentId({ birthDate: '1968-03-05', sequence: 101 });

function withWrongCheckChar(id: string): string {
  const last = id.charAt(17);
  return id.slice(0, 17) + (last === '0' ? '1' : '0');
}

describe('checkIdNumber (GB 11643)', () => {
  it('accepts a valid number and derives birth date and sex', () => {
    expect(checkIdNumber(valid)).toEqual({ ok: true, normalized: valid, birthDate: '1968-03-05', sex: 'MALE' });
    expect(checkIdNumber(buildResidentId({ birthDate: '1990-12-31', sequence: 42 }))).toMatchObject({ ok: true, sex: 'FEMALE' });
  });

  it('normalizes a lower-case check character x and surrounding spaces', () => {
    // Search a sequence whose check character is X, so the lower-case path is really exercised.
    const withX = Array.from({ length: 1000 }, (_, sequence) => buildResidentId({ birthDate: '1975-06-15', sequence })).find((id) =>
      id.endsWith('X'),
    );
    expect(withX).toBeDefined();
    expect(checkIdNumber(` ${withX!.toLowerCase()} `)).toMatchObject({ ok: true, normalized: withX });
  });

  it('rejects a wrong check character', () => {
    expect(checkIdNumber(withWrongCheckChar(valid))).toEqual({ ok: false, rule: 'checksum' });
  });

  it('rejects the wrong shape', () => {
    expect(checkIdNumber(valid.slice(0, 17))).toEqual({ ok: false, rule: 'format' });
    expect(checkIdNumber(`${valid.slice(0, 16)}A${valid.charAt(17)}`)).toEqual({ ok: false, rule: 'format' });
  });

  it('rejects an impossible birth date', () => {
    expect(checkIdNumber(buildResidentId({ birthDate: '1990-02-30', sequence: 1 }))).toEqual({ ok: false, rule: 'birthDate' });
  });
});

describe('idNumberRule', () => {
  const rule = idNumberRule((key, params) => translate('zh', key, params));

  it('passes empty input (required is a separate rule) and valid numbers', async () => {
    await expect(rule.validator(null, '')).resolves.toBeUndefined();
    await expect(rule.validator(null, valid)).resolves.toBeUndefined();
  });

  it('fails with the translated reason', async () => {
    await expect(rule.validator(null, withWrongCheckChar(valid))).rejects.toThrow('身份证号校验位不正确，请核对');
    await expect(rule.validator(null, '123')).rejects.toThrow('身份证号应为 17 位数字加 1 位数字或 X');
  });
});
