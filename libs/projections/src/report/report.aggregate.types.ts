import type { TargetDirection, TargetUnit } from '@careledger/domain-fund';
import type { ReportFactKind } from './report-facts.types';
import type { ReportFigureKey } from './report.figures';
import type { ReportSeries } from './report.series';

/** One record a figure counted: the drill-down row, down to the events that made it. */
export type ReportSource = {
  readonly streamId: string;
  readonly kind: ReportFactKind;
  /** The record's own id: application, claim, person, visit, activity, receipt, expenditure, donation… */
  readonly recordId: string;
  readonly positions: readonly number[];
  /** What this record adds to a money figure, in fen. */
  readonly amountFen?: number;
  /** The families concerned (for a link to each case timeline); empty for county bookkeeping. */
  readonly caseIds: readonly string[];
};

export type ReportTargetResult = {
  readonly indicatorId: string;
  readonly name: string;
  readonly direction: TargetDirection;
  readonly value: number;
  readonly unit: TargetUnit;
  readonly weight: number;
  readonly sourceQuery: string;
  /** The figure named by sourceQuery; null when the report has no such figure. */
  readonly actual: number | null;
  /** actual / value in basis points, not capped (8593 = 85.93 %). */
  readonly completionBp: number | null;
  /** Points in hundredths by the 财预〔2020〕10号 rule (scoreIndicator). */
  readonly scoreHundredths: number | null;
  /** The self-evaluation's deviation reason (偏差原因), null until explained. */
  readonly deviationReason: string | null;
};

export type AnnualReportFigures = {
  readonly year: number;
  readonly township: string | null;
  /** Township scope leaves out the county-only figures (funds, budget, donations). */
  readonly figures: Readonly<Partial<Record<ReportFigureKey, number>>>;
  readonly contributions: Readonly<Partial<Record<ReportFigureKey, readonly ReportSource[]>>>;
  /** The year's active targets, measured (county scope only; empty for a township). */
  readonly targets: readonly ReportTargetResult[];
  /** The chart series, from the same records as the figures. */
  readonly series: ReportSeries;
};

/** One figure with the records it counted. */
export type FigureEntry = readonly [ReportFigureKey, number, readonly ReportSource[]];
