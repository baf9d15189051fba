import { fenOf, fenToYuan, readYuan, yuanToFen } from './yuan-fen';

describe('yuanToFen', () => {
  it.each([
    ['70000', 7_000_000],
    ['0.1', 10],
    ['0.29', 29],
    ['0.3', 30],
    // 1.15 * 100 is 114.99999999999999 in floating point; the digits give 115.
    ['1.15', 115],
    ['766.2', 76_620],
    ['13791.60', 1_379_160],
    ['1,234.5', 123_450],
    [' 2,000.50 ', 200_050],
    ['  12.3 ', 1_230],
    ['-0', 0],
  ])('reads %p as %p fen, exactly', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it.each([null, undefined, '', '   ', 'abc', '1.234', '1.', '12.', '.5', '1e3', '12元', '--1', '1.2.3', '-5'])('refuses %p', (yuan) => {
    expect(yuanToFen(yuan)).toBeNull();
  });

  it('reads a negative amount only when asked to', () => {
    expect(yuanToFen('-10.05', { negative: true })).toBe(-1_005);
    expect(yuanToFen('-10.05')).toBeNull();
  });

  it('never produces a float: every 2-decimal amount up to 100 元 converts to the whole fen it names', () => {
    for (let fen = 0; fen <= 10_000; fen += 1) {
      const yuan = `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
      expect(yuanToFen(yuan)).toBe(fen);
    }
  });
});

describe('readYuan', () => {
  it('says why a text is refused, so the form can say it too', () => {
    expect(readYuan('-3')).toEqual({ ok: false, problem: 'negative' });
    expect(readYuan('12.505')).toEqual({ ok: false, problem: 'tooManyDecimals' });
    expect(readYuan('-12.505', { negative: true })).toEqual({ ok: false, problem: 'tooManyDecimals' });
    expect(readYuan('十元')).toEqual({ ok: false, problem: 'notAmount' });
    expect(readYuan('99999999999999')).toEqual({ ok: false, problem: 'notAmount' });
  });
});

describe('fenToYuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [10_000, '100.00'],
    [1_379_160, '13,791.60'],
    [7_662_050, '76,620.50'],
    [-50, '-0.50'],
    [-100_000, '-1,000.00'],
  ])('shows %i fen as %s', (fen, shown) => {
    expect(fenToYuan(fen)).toBe(shown);
  });

  it('writes an input value without grouping', () => {
    expect(fenToYuan(7_000_000, { grouped: false })).toBe('70000.00');
  });

  it('refuses a value that is not whole fen', () => {
    expect(() => fenToYuan(10.5)).toThrow('Not an amount in fen');
    expect(() => fenToYuan(Number.NaN)).toThrow('Not an amount in fen');
  });

  it('round-trips what it shows', () => {
    for (const fen of [1, 99, 100, 123_456_789]) expect(yuanToFen(fenToYuan(fen))).toBe(fen);
    expect(yuanToFen(fenToYuan(-123_456), { negative: true })).toBe(-123_456);
  });
});

describe('fenOf', () => {
  it('gives the fen of an accepted text and throws on one the rules should have stopped', () => {
    expect(fenOf('-500.5', { negative: true })).toBe(-50_050);
    expect(() => fenOf('')).toThrow('Not a yuan amount');
  });
});
