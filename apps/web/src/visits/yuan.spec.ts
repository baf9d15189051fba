import { formatYuan, yuanToFen } from './yuan';

describe('yuanToFen / formatYuan', () => {
  it.each([
    ['500', 50_000],
    ['0.29', 29],
    ['0.1', 10],
    ['1,234.56', 123_456],
    ['  12.3 ', 1_230],
    ['', 0],
  ])('parses %p as %p fen exactly', (input, fen) => {
    expect(yuanToFen(input)).toBe(fen);
  });

  it.each(['-1', '1.234', 'abc', '1e3', '.5', '12.'])('refuses %p', (input) => {
    expect(yuanToFen(input)).toBeNull();
  });

  it('formats fen as grouped yuan with two decimals', () => {
    expect(formatYuan(123_456)).toBe('1,234.56');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(0)).toBe('0.00');
  });
});
