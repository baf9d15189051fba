import { fenToYuan, yuanRule, yuanToFen } from './insurance-money';

describe('yuan ↔ fen', () => {
  it('formats fen as yuan with two decimals and thousands separators', () => {
    expect(fenToYuan(0)).toBe('0.00');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(10000)).toBe('100.00');
    expect(fenToYuan(7662050)).toBe('76,620.50');
    expect(() => fenToYuan(1.5)).toThrow();
  });

  it('parses yuan text to integer fen without floating point', () => {
    expect(yuanToFen('100')).toBe(10000);
    expect(yuanToFen('766.2')).toBe(76620);
    expect(yuanToFen(' 1,000.05 ')).toBe(100005);
    expect(yuanToFen('0.1')).toBe(10);
    // 1.15 * 100 is 114.99999999999999 in floating point; the digits give 115.
    expect(yuanToFen('1.15')).toBe(115);
  });

  it('refuses negatives, a third decimal and non-numbers', () => {
    for (const bad of ['-1', '1.005', 'abc', '', '1.2.3', '1e3']) expect(yuanToFen(bad)).toBeNull();
  });

  it('as a form rule, lets an empty value through and refuses a bad one with the message', async () => {
    const rule = yuanRule((key) => key);
    await expect(rule.validator(null, '')).resolves.toBeUndefined();
    await expect(rule.validator(null, '12.30')).resolves.toBeUndefined();
    await expect(rule.validator(null, '12.345')).rejects.toThrow('insurance.form.invalidYuan');
  });
});
