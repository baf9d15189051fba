import type { IndicatorMeasurement } from './performance-score';
import { formatHundredths, gradeForScore, scoreIndicator, scorePerformance } from './performance-score';
import { PERFORMANCE_GRADE_LABELS } from './target.vocabulary';

const atLeast = (targetValue: number, actualValue: number, weight: number): IndicatorMeasurement => ({
  direction: 'AT_LEAST',
  targetValue,
  actualValue,
  weight,
});
const atMost = (targetValue: number, actualValue: number, weight: number): IndicatorMeasurement => ({
  direction: 'AT_MOST',
  targetValue,
  actualValue,
  weight,
});

describe('scoreIndicator', () => {
  it('scores the 2023 nursing subsidy: 89,200 of 103,800 元 at weight 20 → 85.93 %, 17.19 points', () => {
    const score = scoreIndicator(atLeast(10_380_000, 8_920_000, 20));
    expect(score).toEqual({ ratioBp: 8593, scoreHundredths: 1719 });
    expect(formatHundredths(score.scoreHundredths)).toBe('17.19');
  });

  it('rounds the score once, from the exact fraction, not from the rounded ratio', () => {
    // 1/3 × 10 = 3.333… → 3.33; 2/3 × 10 = 6.666… → 6.67.
    expect(scoreIndicator(atLeast(3, 1, 10)).scoreHundredths).toBe(333);
    expect(scoreIndicator(atLeast(3, 2, 10)).scoreHundredths).toBe(667);
    // 0.5 hundredth rounds up: 1/200 × 1 point = 0.005 → 0.01.
    expect(scoreIndicator(atLeast(200, 1, 1)).scoreHundredths).toBe(1);
    // 6/11 × 10 = 5.4545… → 5.45; rounding the ratio first (54.55 % × 10 = 5.455) would give 5.46.
    expect(scoreIndicator(atLeast(11, 6, 10))).toEqual({ ratioBp: 5455, scoreHundredths: 545 });
  });

  it('caps an over-achieved AT_LEAST target at the full weight', () => {
    expect(scoreIndicator(atLeast(2, 5, 10))).toEqual({ ratioBp: 10_000, scoreHundredths: 1000 });
  });

  it('scores AT_MOST as target / actual, capped, with 0 actual earning the full weight', () => {
    expect(scoreIndicator(atMost(100, 125, 10))).toEqual({ ratioBp: 8000, scoreHundredths: 800 });
    expect(scoreIndicator(atMost(100, 80, 10))).toEqual({ ratioBp: 10_000, scoreHundredths: 1000 });
    expect(scoreIndicator(atMost(100, 0, 10))).toEqual({ ratioBp: 10_000, scoreHundredths: 1000 });
  });

  it('gives 0 points for nothing achieved of an AT_LEAST target', () => {
    expect(scoreIndicator(atLeast(2, 0, 10))).toEqual({ ratioBp: 0, scoreHundredths: 0 });
  });

  it.each([
    ['a target of 0', atLeast(0, 1, 10)],
    ['a negative actual', atLeast(10, -1, 10)],
    ['a fractional actual', atLeast(10, 1.5, 10)],
    ['a weight over 100', atLeast(10, 1, 101)],
  ])('refuses %s', (_what, measurement) => {
    expect(() => scoreIndicator(measurement)).toThrow(RangeError);
  });
});

describe('gradeForScore', () => {
  it.each([
    [10_000, 'EXCELLENT'],
    [9000, 'EXCELLENT'],
    [8999, 'GOOD'],
    [8000, 'GOOD'],
    [7999, 'FAIR'],
    [6000, 'FAIR'],
    [5999, 'POOR'],
    [0, 'POOR'],
  ] as const)('%i hundredths → %s', (hundredths, grade) => {
    expect(gradeForScore(hundredths)).toBe(grade);
  });

  it('has both labels for every grade', () => {
    expect(PERFORMANCE_GRADE_LABELS[gradeForScore(8500)]).toEqual({ zh: '良', en: 'Good' });
  });
});

describe('scorePerformance', () => {
  it('adds the rounded indicator scores and grades the total', () => {
    const result = scorePerformance([
      atLeast(10_380_000, 8_920_000, 20), // 17.19
      atLeast(2, 2, 10), // 10.00
      atLeast(560, 560, 60), // 60.00
      atMost(100, 0, 10), // 10.00
    ]);
    expect(result.scores.map((s) => s.scoreHundredths)).toEqual([1719, 1000, 6000, 1000]);
    expect(result).toMatchObject({ totalHundredths: 9719, grade: 'EXCELLENT' });
  });
});
