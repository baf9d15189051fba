import { gradeForScore, type PerformanceGrade, type TargetUnit } from '@careledger/domain-fund';
import type { ReportFigureUnit } from '../gql/graphql';
import { fenToYuan } from '../money/yuan-fen';

/** Basis points as a percentage with 2 decimals: 5990 → '59.90%'. Integer arithmetic, no float drift. */
export function formatBp(bp: number): string {
  const sign = bp < 0 ? '-' : '';
  const digits = String(Math.abs(bp)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}%`;
}

/** 12345 → '12,345'. */
export const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A figure as the report prints it: fen → '89,200.00 元', counts grouped, shares in %. */
export function formatFigure(unit: ReportFigureUnit, value: number, yuan: string): string {
  switch (unit) {
    case 'FEN':
      return `${fenToYuan(value)} ${yuan}`;
    case 'BASIS_POINTS':
      return formatBp(value);
    case 'COUNT':
    case 'PERSON':
      return formatCount(value);
  }
}

/** A target's value or actual in its own unit (PERCENT_BP as %, FEN as 元). */
export function formatTargetValue(unit: TargetUnit, value: number, yuan: string): string {
  if (unit === 'FEN') return `${fenToYuan(value)} ${yuan}`;
  if (unit === 'PERCENT_BP') return formatBp(value);
  return formatCount(value);
}

/** Score hundredths → '17.19'. */
export const formatScore = (hundredths: number): string => formatBp(hundredths).slice(0, -1);

/**
 * An indicator's grade: the share of its weight it earned, on the 100-point scale the total is
 * graded on (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差).
 */
export function indicatorGrade(scoreHundredths: number, weight: number): PerformanceGrade {
  return weight > 0 ? gradeForScore(Math.floor((scoreHundredths * 100) / weight)) : 'POOR';
}
