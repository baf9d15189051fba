import type { PerformanceGrade, TargetDirection } from './target.vocabulary';

/**
 * Scoring of the performance self-evaluation in the style of 财预〔2020〕10号 (domain.md §5):
 *
 *   AT_LEAST (higher is better): min(actual / target, 1) × weight
 *   AT_MOST  (lower is better):  min(target / actual, 1) × weight; actual 0 earns the full weight
 *
 * Points are integer hundredths (1719 = 17.19 points), ratios integer basis points (8593 = 85.93 %).
 * Rounding rule: each figure is rounded ONCE, half up (四舍五入), from the exact fraction, never
 * from an already rounded ratio; a year's total is the sum of the rounded indicator scores, as the
 * report prints them. Example: 89,200 元 issued of a 103,800 元 target at weight 20 →
 * 20 × 89200 / 103800 = 17.1869… → 17.19 points; ratio 85.93 %.
 */
export type IndicatorMeasurement = {
  readonly direction: TargetDirection;
  /** Target value, > 0, in the target's unit. */
  readonly targetValue: number;
  /** Measured value, ≥ 0, in the same unit. */
  readonly actualValue: number;
  /** Whole points, 0–100. */
  readonly weight: number;
};

export type IndicatorScore = {
  /** The capped ratio the weight is multiplied by, in basis points (≤ 10000). */
  readonly ratioBp: number;
  /** Points earned, in hundredths (≤ weight × 100). */
  readonly scoreHundredths: number;
};

export function scoreIndicator(measurement: IndicatorMeasurement): IndicatorScore {
  const { direction, targetValue, actualValue, weight } = measurement;
  assertWhole('targetValue', targetValue, 1);
  assertWhole('actualValue', actualValue, 0);
  assertWhole('weight', weight, 0, 100);
  // The capped ratio as an exact fraction numerator / denominator (≤ 1).
  const [numerator, denominator] =
    direction === 'AT_LEAST'
      ? [Math.min(actualValue, targetValue), targetValue]
      : actualValue === 0
        ? [1, 1]
        : [Math.min(targetValue, actualValue), actualValue];
  return {
    ratioBp: roundHalfUp(BigInt(numerator) * 10000n, BigInt(denominator)),
    scoreHundredths: roundHalfUp(BigInt(numerator) * BigInt(weight * 100), BigInt(denominator)),
  };
}

/** Grade of a total score: 优 ≥ 90, 良 80–89.99, 中 60–79.99, 差 < 60 points. */
export function gradeForScore(totalHundredths: number): PerformanceGrade {
  if (totalHundredths >= 9000) return 'EXCELLENT';
  if (totalHundredths >= 8000) return 'GOOD';
  if (totalHundredths >= 6000) return 'FAIR';
  return 'POOR';
}

/** Scores every indicator, adds the rounded scores and grades the total. */
export function scorePerformance(measurements: readonly IndicatorMeasurement[]): {
  readonly scores: readonly IndicatorScore[];
  readonly totalHundredths: number;
  readonly grade: PerformanceGrade;
} {
  const scores = measurements.map(scoreIndicator);
  const totalHundredths = scores.reduce((sum, s) => sum + s.scoreHundredths, 0);
  return { scores, totalHundredths, grade: gradeForScore(totalHundredths) };
}

/** 1719 → '17.19'. For display; scores stay integers. */
export function formatHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

// Non-negative operands only, so "half up" and "half away from zero" agree.
function roundHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((numerator * 2n + denominator) / (2n * denominator));
}

function assertWhole(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}`);
  }
}
