import { formatShare, formatTargetValue, parseTargetValue, targetValueInput } from './target-value';

describe('target values', () => {
  it('reads yuan as fen and percentages as basis points, exactly', () => {
    expect(parseTargetValue('103800', 'FEN')).toBe(10_380_000);
    expect(parseTargetValue('85.93', 'PERCENT_BP')).toBe(8593);
    expect(parseTargetValue('560', 'PERSON')).toBe(560);
  });

  it('refuses zero, negatives, fractions of a count and malformed input', () => {
    expect(parseTargetValue('0', 'FEN')).toBeNull();
    expect(parseTargetValue('-1', 'COUNT')).toBeNull();
    expect(parseTargetValue('2.5', 'COUNT')).toBeNull();
    expect(parseTargetValue('1.234', 'FEN')).toBeNull();
    expect(parseTargetValue('abc', 'PERSON_TIME')).toBeNull();
  });

  it('round-trips through the input form and formats for reading', () => {
    expect(targetValueInput(10_380_000, 'FEN')).toBe('103800.00');
    expect(parseTargetValue(targetValueInput(8593, 'PERCENT_BP'), 'PERCENT_BP')).toBe(8593);
    expect(formatTargetValue(10_380_000, 'FEN', '元')).toBe('103,800.00 元');
    expect(formatTargetValue(10000, 'PERCENT_BP', '%')).toBe('100.00%');
    expect(formatTargetValue(24, 'COUNT', '次/个')).toBe('24 次/个');
  });

  it('writes basis points as a percentage', () => {
    expect(formatShare(5990)).toBe('59.90%');
    expect(formatShare(10000)).toBe('100.00%');
    expect(formatShare(5)).toBe('0.05%');
  });
});
