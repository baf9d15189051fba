/**
 * @jest-environment node
 */
import { translate } from '../i18n/i18n';
import { formatYuan, parseYuan, yuanRule } from './subsidy-money';

describe('formatYuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [200000, '2,000.00'],
    [8920000, '89,200.00'],
    [1379160, '13,791.60'],
    [-50, '-0.50'],
  ])('shows %i fen as %s yuan', (fen, shown) => {
    expect(formatYuan(fen)).toBe(shown);
  });

  it('refuses a value that is not whole fen', () => {
    expect(() => formatYuan(10.5)).toThrow('Not an amount in fen');
  });
});

describe('parseYuan', () => {
  it.each([
    ['2000', 200000],
    ['2000.5', 200050],
    [' 2,000.50 ', 200050],
    ['0.10', 10],
    ['0.3', 30],
    ['13791.60', 1379160],
  ])('reads %s yuan as %i fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it.each(['', 'abc', '1.234', '-5', '1e3', '.5', '12.'])('refuses %j', (text) => {
    expect(parseYuan(text)).toBeNull();
  });

  it('round-trips what it shows', () => {
    for (const fen of [1, 99, 100, 123456789]) expect(parseYuan(formatYuan(fen))).toBe(fen);
  });
});

describe('yuanRule', () => {
  const rule = yuanRule((key, params) => translate('zh', key, params));

  it('passes empty and valid input', async () => {
    await expect(rule.validator(null, '')).resolves.toBeUndefined();
    await expect(rule.validator(null, '2000.00')).resolves.toBeUndefined();
  });

  it('fails with the translated reason', async () => {
    await expect(rule.validator(null, '2000.001')).rejects.toThrow('请输入金额（元），最多两位小数，如 2000.00');
  });
});
