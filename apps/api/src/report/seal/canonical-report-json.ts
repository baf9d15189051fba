import { createHash } from 'node:crypto';
import { canonicalJson } from '@careledger/event-store';
import type { AnnualReport, ReportFigure, ReportTarget } from '../report.types';

type Figure = Pick<ReportFigure, 'key' | 'unit' | 'value'>;
type Target = Omit<ReportTarget, 'deviationReason'>;

/** What a seal covers: the figures (no drill-down sources), the measured targets and the townships. */
export type SealedFigures = Pick<AnnualReport, 'year' | 'township'> & {
  readonly figures: readonly Figure[];
  readonly targets: readonly Target[];
  readonly townships: readonly { readonly township: string; readonly figures: readonly Figure[] }[];
};

/**
 * The sealed form of a report: canonical JSON (RFC 8785 key order, no whitespace) of its figures.
 * Every field is named, never spread, so a field added to the report later (chart series, a
 * deviation reason, more drill-down) cannot change the hash of an older seal. The position is
 * left out: the seal records it on its own. Every number must be an integer (fen, counts, basis
 * points): a float could print differently elsewhere and break a later comparison, so it is refused.
 */
export function canonicalReportJson(report: SealedFigures): string {
  const body = {
    year: report.year,
    township: report.township,
    figures: report.figures.map(figureOf),
    targets: report.targets.map(targetOf),
    townships: report.townships.map((t) => ({ township: t.township, figures: t.figures.map(figureOf) })),
  };
  assertIntegers(body, 'report');
  return canonicalJson(body);
}

/** sha256 (64 lowercase hex) of the canonical JSON text: the seal's figuresHash. */
export const figuresHashOf = (canonical: string): string => createHash('sha256').update(canonical, 'utf8').digest('hex');

const figureOf = ({ key, unit, value }: Figure): Figure => ({ key, unit, value });

const targetOf = (t: Target): Target => ({
  indicatorId: t.indicatorId,
  name: t.name,
  direction: t.direction,
  value: t.value,
  unit: t.unit,
  weight: t.weight,
  sourceQuery: t.sourceQuery,
  actual: t.actual,
  completionBp: t.completionBp,
  score: t.score,
});

function assertIntegers(value: unknown, path: string): void {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError(`canonicalReportJson: ${path} = ${value} is not an integer`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertIntegers(v, `${path}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) assertIntegers(v, `${path}.${k}`);
  }
}
