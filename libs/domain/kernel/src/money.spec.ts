import { assertFen, isFen } from './money';

describe('fen amounts', () => {
  it('accepts zero and whole fen up to the safe integer limit', () => {
    expect(assertFen('amountFen', 0)).toBe(0);
    expect(assertFen('amountFen', 1379160)).toBe(1379160);
    expect(isFen(Number.MAX_SAFE_INTEGER)).toBe(true);
  });

  it.each([
    ['negative', -1],
    ['fractional yuan', 13791.6],
    ['beyond safe integers', Number.MAX_SAFE_INTEGER + 1],
    ['NaN', Number.NaN],
    ['a numeric string', '100'],
  ])('refuses %s', (_label, value) => {
    expect(() => assertFen('amountFen', value)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field: 'amountFen' } }),
    );
  });
});
