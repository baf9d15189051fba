import { scoreIndicator, shareBasisPoints } from '@careledger/domain-fund';
import type { ReportFact, ReportFacts, TargetFact } from './report-facts.types';
import type { AnnualReportFigures, FigureEntry, ReportSource, ReportTargetResult } from './report.aggregate.types';
import { insuranceFigures, subsidyFigures } from './report.aggregate-care';
import { moneyFigures } from './report.aggregate-money';
import { activityFigures, visitFigures } from './report.aggregate-visits';
import type { ReportFigureKey } from './report.figures';
import { scopeOf } from './report.scope';
import { reportSeries } from './report.series';

/**
 * The annual report of `year` for the county (`township` null) or one township, from the facts
 * alone: the live read model and a replay to a past position give the same figures because both
 * call this. Definitions: the report contract (issue 5 §B), one function per area.
 *
 * @example aggregateReport(facts, 2023, null).figures['nursingSubsidy.issuedFen'] // 8920000
 */
export function aggregateReport(facts: ReportFacts | readonly ReportFact[], year: number, township: string | null): AnnualReportFigures {
  const list = Array.isArray(facts) ? (facts as readonly ReportFact[]) : [...(facts as ReportFacts).values()];
  const scope = scopeOf(list, year, township);
  const entries: FigureEntry[] = [
    ...subsidyFigures(list, scope),
    ...insuranceFigures(list, scope),
    ...visitFigures(list, scope),
    ...activityFigures(list, scope),
    ...(township === null ? moneyFigures(list, year) : []),
  ];
  const figures: Partial<Record<ReportFigureKey, number>> = {};
  const contributions: Partial<Record<ReportFigureKey, readonly ReportSource[]>> = {};
  for (const [key, value, sources] of entries) {
    figures[key] = value;
    // Log order of each record's first event: stable, and the order the records came into being.
    contributions[key] = [...sources].sort((a, b) => (a.positions[0] ?? 0) - (b.positions[0] ?? 0));
  }
  const targets = township === null ? measureTargets(list, year, figures) : [];
  return { year, township, figures, contributions, targets, series: reportSeries(list, scope) };
}

/** The townships the facts know (of cases, visits and activities), sorted. */
export function reportTownships(facts: ReportFacts | readonly ReportFact[]): string[] {
  const list = Array.isArray(facts) ? (facts as readonly ReportFact[]) : [...(facts as ReportFacts).values()];
  const townships = new Set<string>();
  for (const f of list) {
    if (f.kind === 'CASE') townships.add(f.data.township);
    if (f.kind === 'VISIT' && f.data.state.status !== 'initial') townships.add(f.data.state.visit.township);
    if (f.kind === 'ACTIVITY' && f.data.state.status === 'held' && f.data.state.activity.township !== null) {
      townships.add(f.data.state.activity.township);
    }
  }
  return [...townships].sort();
}

/**
 * The years the facts give a report something to count, ascending: a payment issued, a policy
 * or its claims, a visit or activity held, a fund, a target or a donation of the year. The web
 * opens the report on the latest of them.
 */
export function reportYears(facts: ReportFacts | readonly ReportFact[]): number[] {
  const list = Array.isArray(facts) ? (facts as readonly ReportFact[]) : [...(facts as ReportFacts).values()];
  const years = new Set<number>();
  const ofDate = (date: string) => years.add(Number(date.slice(0, 4)));
  for (const f of list) {
    switch (f.kind) {
      case 'CASE':
        break;
      case 'SUBSIDY':
        if ('payment' in f.data) ofDate(f.data.payment.issuedOn);
        break;
      case 'CLAIM':
        if (f.data.status !== 'initial') years.add(f.data.claim.policyYear);
        break;
      case 'VISIT':
        if (f.data.state.status === 'recorded') ofDate(f.data.state.visit.visitedOn);
        break;
      case 'ACTIVITY':
        if (f.data.state.status === 'held') ofDate(f.data.state.activity.heldOn);
        break;
      default:
        years.add(f.data.year);
    }
  }
  return [...years].sort((a, b) => a - b);
}

function measureTargets(facts: readonly ReportFact[], year: number, figures: Partial<Record<string, number>>): ReportTargetResult[] {
  return facts
    .filter((f): f is TargetFact => f.kind === 'TARGET' && f.data.year === year && f.data.target.status === 'ACTIVE')
    .sort((a, b) => (a.positions[0] ?? 0) - (b.positions[0] ?? 0))
    .map(({ data: { target } }) => {
      const actual = figures[target.sourceQuery] ?? null;
      const measurable = actual !== null && actual >= 0 && target.value > 0;
      return {
        indicatorId: target.indicatorId,
        name: target.name,
        direction: target.direction,
        value: target.value,
        unit: target.unit,
        weight: target.weight,
        sourceQuery: target.sourceQuery,
        actual,
        completionBp: measurable ? shareBasisPoints(actual, target.value) : null,
        scoreHundredths: measurable
          ? scoreIndicator({ direction: target.direction, targetValue: target.value, actualValue: actual, weight: target.weight }).scoreHundredths
          : null,
        // Facts stored before deviation reasons existed have no such field.
        deviationReason: target.deviationReason ?? null,
      };
    });
}
