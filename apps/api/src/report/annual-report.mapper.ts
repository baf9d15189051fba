import {
  aggregateReport,
  REPORT_FIGURE_KEYS,
  REPORT_FIGURE_UNITS,
  reportTownships,
  type AnnualReportFigures,
  type ReportFact,
} from '@careledger/projections';
import type { AnnualReport, ReportFigure } from './report.types';

/** The GraphQL report from facts at a position: figures in contract order, drill-down, targets, townships. */
export function toAnnualReport(facts: readonly ReportFact[], year: number, township: string | null, position: number): AnnualReport {
  const report = aggregateReport(facts, year, township);
  return {
    year,
    township,
    position,
    figures: figuresOf(report),
    targets: report.targets.map(({ scoreHundredths, ...t }) => ({ ...t, score: scoreHundredths })),
    townships:
      township === null
        ? reportTownships(facts).map((t) => ({ township: t, figures: figuresOf(aggregateReport(facts, year, t)) }))
        : [],
    series: report.series,
  };
}

function figuresOf(report: AnnualReportFigures): ReportFigure[] {
  return REPORT_FIGURE_KEYS.flatMap((key) => {
    const value = report.figures[key];
    if (value === undefined) return [];
    const sources = (report.contributions[key] ?? []).map((s) => ({ ...s, amountFen: s.amountFen ?? null }));
    return [{ key, value, unit: REPORT_FIGURE_UNITS[key], sources }];
  });
}
