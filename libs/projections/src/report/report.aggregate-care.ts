import { claimIsInProgress, policyPremiumTotal, type EnrolmentPeriod, type PolicyState } from '@careledger/domain-insurance';
import type { ClaimFact, EnrolmentFact, ReportFact, SubsidyFact } from './report-facts.types';
import type { FigureEntry, ReportSource } from './report.aggregate.types';
import { inYear, sourceOf, type Scope } from './report.scope';

/** Nursing subsidy: applications whose CURRENT payment was issued in the year and not (yet) failed. */
export function subsidyFigures(facts: readonly ReportFact[], scope: Scope): FigureEntry[] {
  const issued = issuedSubsidies(facts, scope).map(({ fact }) => fact);
  const source = (f: SubsidyFact): ReportSource => {
    const app = f.data.status === 'initial' ? undefined : f.data.application;
    return sourceOf(f, app?.applicationId ?? f.factId, app ? [app.caseId] : [], app?.amountFen);
  };
  const all = issued.map(source);
  const settled = issued.filter((f) => f.data.status === 'settled').map(source);
  const awaiting = issued.filter((f) => f.data.status !== 'settled').map(source);
  const sunshine = issued.filter((f) => f.data.status !== 'initial' && f.data.application.sunshineRef !== null).map(source);
  return [
    ['nursingSubsidy.personTimes', all.length, all],
    ['nursingSubsidy.issuedFen', sumFen(all), all],
    ['nursingSubsidy.paidOutFen', sumFen(settled), settled],
    ['nursingSubsidy.awaitingReimbursementFen', sumFen(all) - sumFen(settled), awaiting],
    ['nursingSubsidy.viaSunshineFen', sumFen(sunshine), sunshine],
  ];
}

/** The applications nursingSubsidy.issuedFen counts, with their current payment's issue date and amount. */
export function issuedSubsidies(facts: readonly ReportFact[], scope: Scope): { fact: SubsidyFact; issuedOn: string; amountFen: number }[] {
  return facts.flatMap((f) =>
    f.kind === 'SUBSIDY' &&
    (f.data.status === 'paymentIssued' || f.data.status === 'paid' || f.data.status === 'settled') &&
    inYear(f.data.payment.issuedOn, scope.year) &&
    scope.hasCase(f.data.application.caseId)
      ? [{ fact: f, issuedOn: f.data.payment.issuedOn, amountFen: f.data.application.amountFen }]
      : [],
  );
}

/** The claims of policy `scope.year` in scope (any status). */
export function claimsOfPolicy(facts: readonly ReportFact[], scope: Scope): ClaimFact[] {
  return facts.filter(
    (f): f is ClaimFact => f.kind === 'CLAIM' && f.data.status !== 'initial' && f.data.claim.policyYear === scope.year && scope.hasCase(f.data.claim.caseId),
  );
}

/**
 * Insurance of policy `year`: persons insured (the domain's policyPremiumTotal: anyone with a day
 * of cover, removed or not, duplicates excluded) and the premium; claims of that policy.
 */
export function insuranceFigures(facts: readonly ReportFact[], scope: Scope): FigureEntry[] {
  const policy = facts.find((f) => f.kind === 'POLICY' && f.data.year === scope.year);
  const persons = facts.filter(
    (f): f is EnrolmentFact => f.kind === 'ENROLMENT' && f.data.year === scope.year && scope.hasCase(caseOfPeriods(f.data.periods)),
  );
  const stateOf = (list: readonly EnrolmentFact[]): PolicyState | null =>
    policy?.kind === 'POLICY'
      ? { status: 'purchased', terms: policy.data, enrolments: new Map(list.map((f) => [f.data.personId, f.data.periods])) }
      : null;
  const premiumOf = (list: readonly EnrolmentFact[]) => {
    const state = stateOf(list);
    return state ? policyPremiumTotal(state) : null;
  };
  const total = premiumOf(persons);
  const insured = persons
    .filter((f) => premiumOf([f])?.insuredPersons === 1)
    .map((f) => sourceOf(f, f.data.personId, [caseOfPeriods(f.data.periods)], total?.premiumPerPersonFen));
  const claims = claimsOfPolicy(facts, scope);
  const claimSource = (f: ClaimFact): ReportSource => {
    const file = f.data.status === 'initial' ? undefined : f.data.claim;
    return sourceOf(f, file?.claimId ?? f.factId, file ? [file.caseId] : [], f.data.status === 'settled' ? f.data.amountFen : undefined);
  };
  const settled = claims.filter((f) => f.data.status === 'settled');
  const settledPersons = new Set(settled.map((f) => (f.data.status === 'initial' ? '' : f.data.claim.personId)));
  const settledSources = settled.map(claimSource);
  const inProgress = claims.filter((f) => claimIsInProgress(f.data)).map(claimSource);
  return [
    ['insurance.enrolledCount', total?.insuredPersons ?? 0, insured],
    ['insurance.premiumFen', total?.totalFen ?? 0, insured],
    ['insurance.claimsSettledPersons', settledPersons.size, settledSources],
    ['insurance.claimsSettledFen', sumFen(settledSources), settledSources],
    ['insurance.claimsInProgress', inProgress.length, inProgress],
  ];
}

export function sumFen(sources: readonly ReportSource[]): number {
  return sources.reduce((sum, s) => sum + (s.amountFen ?? 0), 0);
}

/** A person belongs to one case: the case of their latest period of cover. */
function caseOfPeriods(periods: readonly EnrolmentPeriod[]): string {
  return periods.at(-1)?.caseId ?? '';
}
