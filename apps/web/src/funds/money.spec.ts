import { fenToYuan, formatShare, yuanToFen } from './money';

describe('yuan ↔ fen', () => {
  it.each([
    ['70000', 7_000_000],
    ['0.1', 10],
    ['0.29', 29],
    ['13791.60', 1_379_160],
    ['1,234.5', 123_450],
    [' 12 ', 1_200],
    ['-10.05', -1_005],
    ['-0', 0],
  ])('reads %p as %p fen, exactly', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it.each(['', 'abc', '1.234', '1.', '.5', '1e3', '12元', '--1'])('refuses %p', (yuan) => {
    expect(yuanToFen(yuan)).toBeNull();
  });

  it('never produces a float: every 2-decimal amount up to 100 元 converts to the whole fen it names', () => {
    for (let fen = 0; fen <= 10_000; fen += 1) {
      const yuan = `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
      expect(yuanToFen(yuan)).toBe(fen);
    }
  });

  it('writes fen as yuan with 2 decimals, grouped or not', () => {
    expect(fenToYuan(1_379_160)).toBe('13,791.60');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(-100_000)).toBe('-1,000.00');
    expect(fenToYuan(7_000_000, { grouped: false })).toBe('70000.00');
    expect(yuanToFen(fenToYuan(123_456_789))).toBe(123_456_789);
  });

  it('writes basis points as a percentage', () => {
    expect(formatShare(5990)).toBe('59.90%');
    expect(formatShare(10000)).toBe('100.00%');
    expect(formatShare(5)).toBe('0.05%');
  });
});
