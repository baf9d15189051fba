import { translate, type Locale } from '../i18n/i18n';
import { moneyRule } from './money-rule';

const t = (locale: Locale) => (key: Parameters<typeof translate>[1]) => translate(locale, key);

describe('moneyRule', () => {
  it('lets an empty value and a good amount through: whether one is required is another rule', async () => {
    const rule = moneyRule(t('zh'));
    for (const ok of [undefined, null, '', '  ', '0', '12.30', '1,000']) await expect(rule.validator(null, ok)).resolves.toBeUndefined();
  });

  it.each([
    ['zh', '12.345', '金额最多两位小数（精确到分）'],
    ['zh', '-5', '金额不能为负数'],
    ['zh', '十元', '请输入金额（元），如 2000.00'],
    ['en', '12.345', 'An amount has at most 2 decimals (fen)'],
    ['en', '-5', 'The amount cannot be negative'],
    ['en', 'abc', 'Enter an amount in yuan, e.g. 2000.00'],
  ] as const)('in %s refuses %p saying why', async (locale, value, message) => {
    await expect(moneyRule(t(locale)).validator(null, value)).rejects.toThrow(message);
  });

  it('refuses 0 where an amount must be positive or a change non-zero, and takes a negative change', async () => {
    await expect(moneyRule(t('zh'), 'positive').validator(null, '0.00')).rejects.toThrow('金额须大于 0');
    await expect(moneyRule(t('en'), 'nonZero').validator(null, '0')).rejects.toThrow('The amount cannot be 0');
    await expect(moneyRule(t('en'), 'nonZero').validator(null, '-500.50')).resolves.toBeUndefined();
    await expect(moneyRule(t('en'), 'positive').validator(null, '-1')).rejects.toThrow('The amount cannot be negative');
  });
});
