/**
 * @jest-environment node
 */
import { translate, type Locale } from '../i18n/i18n';
import { dischargeNotBeforeAdmission, notAfterToday, opinionRequiredFor, periodOf, periodRule } from './subsidy-form-rules';

const tr = (locale: Locale) => (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate(locale, key, params);
const formWith = (values: Record<string, unknown>) => ({ getFieldValue: (name: string) => values[name] });

describe('subsidy form rules', () => {
  it('refuses a discharge before the admission, in both languages', async () => {
    const form = formWith({ admittedOn: '2023-03-10' });
    await expect(dischargeNotBeforeAdmission(tr('zh'), form).validator(null, '2023-03-09')).rejects.toThrow('出院日期不能早于入院日期');
    await expect(dischargeNotBeforeAdmission(tr('en'), form).validator(null, '2023-03-09')).rejects.toThrow(
      'The discharge date cannot be before the admission date',
    );
    await expect(dischargeNotBeforeAdmission(tr('zh'), form).validator(null, '2023-03-10')).resolves.toBeUndefined();
    await expect(dischargeNotBeforeAdmission(tr('zh'), formWith({})).validator(null, '2023-03-09')).resolves.toBeUndefined();
  });

  it('refuses a date after today', async () => {
    await expect(notAfterToday(tr('zh'), '2023-11-15').validator(null, '2023-11-16')).rejects.toThrow('日期不能晚于今天');
    await expect(notAfterToday(tr('zh'), '2023-11-15').validator(null, '2023-11-15')).resolves.toBeUndefined();
  });

  it('takes a period written YYYYMM only', async () => {
    await expect(periodRule(tr('zh')).validator(null, '202307')).resolves.toBeUndefined();
    await expect(periodRule(tr('zh')).validator(null, '202313')).rejects.toThrow('补贴期号应为 6 位年月，如 202307');
    await expect(periodRule(tr('en')).validator(null, '2023-07')).rejects.toThrow('six digits');
    expect(periodOf('2023-07-11')).toBe('202307');
  });

  it('asks for an opinion only when returning or rejecting', async () => {
    const rule = (decision: string) => opinionRequiredFor(tr('zh'), formWith({ decision }), ['RETURNED', 'REJECTED']);
    await expect(rule('RETURNED').validator(null, '  ')).rejects.toThrow('退回或不予批准时必须填写意见');
    await expect(rule('REJECTED').validator(null, undefined)).rejects.toThrow('退回或不予批准时必须填写意见');
    await expect(rule('APPROVED').validator(null, '')).resolves.toBeUndefined();
    await expect(rule('RETURNED').validator(null, '缺出院小结')).resolves.toBeUndefined();
  });
});
