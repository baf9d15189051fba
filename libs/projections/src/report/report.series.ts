import { CLAIM_STATUSES, type ClaimStatus, type OpenedClaim } from '@careledger/domain-insurance';
import { EXPENDITURE_CATEGORIES, type ExpenditureCategory } from '@careledger/domain-fund';
import type { ExpenditureFact, ReportFact } from './report-facts.types';
import { claimsOfPolicy, issuedSubsidies } from './report.aggregate-care';
import { countedVisits } from './report.aggregate-visits';
import type { Scope } from './report.scope';

export type ReportMonthAmount = { readonly month: string; readonly amountFen: number; readonly cumulativeFen: number };
export type ReportTownshipMonthCount = { readonly township: string; readonly month: string; readonly count: number };
export type ReportStateCount = { readonly state: ClaimStatus; readonly count: number; readonly amountFen: number };
export type ReportCategoryAmount = { readonly category: ExpenditureCategory; readonly amountFen: number };

/** The report's chart series: the same records as the figures, split by month, township, state or category. */
export type ReportSeries = {
  /** All 12 months of the year, by the current payment's issue month (the records of nursingSubsidy.issuedFen). */
  readonly subsidyIssuedByMonth: readonly ReportMonthAmount[];
  /** The visits of visits.count, by township and month; only non-empty cells, sorted by township then month. */
  readonly visitsByTownshipMonth: readonly ReportTownshipMonthCount[];
  /** Claims of the year's policy by current state, every state (amountFen: the settled amount, 0 for other states). */
  readonly claimsByState: readonly ReportStateCount[];
  /** Unreversed spending of the year's funds by category, every category; empty for a township (funds are county-only). */
  readonly fundSpendingByCategory: readonly ReportCategoryAmount[];
};

export function reportSeries(facts: readonly ReportFact[], scope: Scope): ReportSeries {
  return {
    subsidyIssuedByMonth: subsidyByMonth(facts, scope),
    visitsByTownshipMonth: visitsByTownshipMonth(facts, scope),
    claimsByState: claimsByState(facts, scope),
    fundSpendingByCategory: scope.township === null ? spendingByCategory(facts, scope.year) : [],
  };
}

const monthsOf = (year: number): string[] => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
const monthOf = (civilDate: string): string => civilDate.slice(0, 7);

function subsidyByMonth(facts: readonly ReportFact[], scope: Scope): ReportMonthAmount[] {
  const byMonth = new Map<string, number>();
  for (const { issuedOn, amountFen } of issuedSubsidies(facts, scope)) {
    byMonth.set(monthOf(issuedOn), (byMonth.get(monthOf(issuedOn)) ?? 0) + amountFen);
  }
  let cumulativeFen = 0;
  return monthsOf(scope.year).map((month) => {
    const amountFen = byMonth.get(month) ?? 0;
    cumulativeFen += amountFen;
    return { month, amountFen, cumulativeFen };
  });
}

function visitsByTownshipMonth(facts: readonly ReportFact[], scope: Scope): ReportTownshipMonthCount[] {
  const cells = new Map<string, ReportTownshipMonthCount>();
  for (const { visit } of countedVisits(facts, scope)) {
    const key = `${visit.township}\u0000${monthOf(visit.visitedOn)}`;
    const count = (cells.get(key)?.count ?? 0) + 1;
    cells.set(key, { township: visit.township, month: monthOf(visit.visitedOn), count });
  }
  return [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, cell]) => cell);
}

/** The domain's state names as the vocabulary's (= the GraphQL ClaimStatus). */
const CLAIM_STATUS_OF: { readonly [S in OpenedClaim['status']]: ClaimStatus } = {
  reported: 'REPORTED',
  documentsSubmitted: 'DOCUMENTS_SUBMITTED',
  sent: 'SENT_TO_INSURER',
  settled: 'SETTLED',
  rejected: 'REJECTED',
  withdrawn: 'WITHDRAWN',
};

function claimsByState(facts: readonly ReportFact[], scope: Scope): ReportStateCount[] {
  const claims = claimsOfPolicy(facts, scope).flatMap((f) => (f.data.status === 'initial' ? [] : [f.data]));
  return CLAIM_STATUSES.map((state) => {
    const inState = claims.filter((c) => CLAIM_STATUS_OF[c.status] === state);
    const amountFen = inState.reduce((sum, c) => sum + (c.status === 'settled' ? c.amountFen : 0), 0);
    return { state, count: inState.length, amountFen };
  });
}

function spendingByCategory(facts: readonly ReportFact[], year: number): ReportCategoryAmount[] {
  const spent = facts.filter((f): f is ExpenditureFact => f.kind === 'EXPENDITURE' && f.data.year === year && !f.data.reversed);
  return EXPENDITURE_CATEGORIES.map((category) => ({
    category,
    amountFen: spent.filter((f) => f.data.category === category).reduce((sum, f) => sum + f.data.amountFen, 0),
  }));
}
