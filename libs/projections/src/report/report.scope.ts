import type { ReportFact } from './report-facts.types';
import type { ReportSource } from './report.aggregate.types';

/** What a report counts: one year, the whole county or one township (a case's, a visit's own). */
export type Scope = {
  readonly year: number;
  readonly township: string | null;
  /** Is this case in scope (always, for the county)? */
  readonly hasCase: (caseId: string) => boolean;
  /** Is a record held in this township in scope (a county-wide record, township null, only for the county)? */
  readonly hasTownship: (township: string | null) => boolean;
};

export function scopeOf(facts: readonly ReportFact[], year: number, township: string | null): Scope {
  if (township === null) return { year, township, hasCase: () => true, hasTownship: () => true };
  const cases = new Set(facts.flatMap((f) => (f.kind === 'CASE' && f.data.township === township ? [f.data.caseId] : [])));
  return { year, township, hasCase: (caseId) => cases.has(caseId), hasTownship: (t) => t === township };
}

/** Is the civil date `YYYY-MM-DD` in `year`? */
export const inYear = (civilDate: string, year: number): boolean => civilDate.startsWith(`${year}-`);

export function sourceOf(fact: ReportFact, recordId: string, caseIds: readonly string[], amountFen?: number): ReportSource {
  const base = { streamId: fact.streamId, kind: fact.kind, recordId, positions: fact.positions, caseIds };
  return amountFen === undefined ? base : { ...base, amountFen };
}
