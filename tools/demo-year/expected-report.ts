import { buildFundId, shareBasisPoints } from '@careledger/domain-fund';
import type { IdBook, PlannedPhase } from './planned-command';
import type { FigureKey, YearFigures } from './year-profile';

/** One planned command with its input resolved (server-chosen ids stand in as `<key>`). */
export interface ScriptedCommand {
  readonly key: string;
  readonly mutation: string;
  readonly actor: string;
  readonly input: Readonly<Record<string, unknown>>;
  /** The id the server will return for it, as the plan names it (`<saveAs>`), if it keeps one. */
  readonly createdId: string | null;
}

/** Server-chosen ids (persons, expenditures) stand for themselves: `<person:f3m1>`. */
const PLACEHOLDER_IDS = { get: (key: string) => `<${key}>` } as unknown as IdBook;

/** Every command of the plan in the order it is sent within its task, inputs resolved. */
export function scriptOf(phases: readonly PlannedPhase[]): ScriptedCommand[] {
  return phases.flatMap((phase) =>
    phase.tasks.flat().map((c) => ({
      key: c.key,
      mutation: c.mutation,
      actor: c.actor,
      input: typeof c.input === 'function' ? c.input(PLACEHOLDER_IDS) : c.input,
      createdId: c.saveAs ? `<${c.saveAs}>` : null,
    })),
  );
}

/** The report of one scope: the county (`township` null) has every figure, a township only its own. */
export type ExpectedFigures = Partial<Record<FigureKey | 'visits.distinctPersons' | 'activities.personTimes', number>>;

export interface ExpectedReport {
  readonly county: ExpectedFigures;
  readonly townships: ReadonlyMap<string, ExpectedFigures>;
}

/**
 * The annual report `year` should show, worked out from the planned commands alone — what the
 * county DID (an application issued and then settled, a visit recorded then voided, a bill
 * entered twice and reversed) read by the report's definitions, without the projection, the
 * events or the profile's figures. The tests hold both the profile (the plan hits its figures)
 * and the running API (the projection reads the events the same way) to it.
 *
 * Definitions (domain.md §5, the report contract): a subsidy counts when its current payment was
 * issued in the year and has not failed; insured persons are everyone enrolled on the year's
 * policy, removed or not; claims of the year's policy by their last step; visits dated in the
 * year and not voided (every visit is a home visit, in the seed's words); funds, budget and
 * donations are county-only, spending net of reversals, a visit's or activity's cash aid a
 * special expenditure of the fund it names.
 */
export function expectedReport(phases: readonly PlannedPhase[], year: number): ExpectedReport {
  const script = scriptOf(phases);
  const townshipOfCase = new Map(script.filter((c) => c.mutation === 'openCase').map((c) => [String(c.input['caseId']), String(c.input['township'])]));
  const records: Counted[] = [...subsidies(script, year), ...insurance(script, year), ...visits(script, year), ...activities(script, year)];
  const townships = new Map<string, ExpectedFigures>();
  for (const township of new Set([...townshipOfCase.values()])) {
    townships.set(township, figuresOf(records.filter((r) => (r.caseId ? townshipOfCase.get(r.caseId) : r.township) === township)));
  }
  return { county: { ...figuresOf(records), ...money(script, year) }, townships };
}

/** A record the report counts: which figure, by how much, and where (a case's township, or its own). */
interface Counted {
  readonly figure: 'subsidy' | 'insured' | 'claim' | 'visit' | 'activity';
  readonly caseId?: string;
  readonly township?: string | null;
  readonly fen?: number;
  readonly flags?: { readonly settled?: boolean; readonly sunshine?: boolean; readonly inProgress?: boolean; readonly person?: string };
  readonly persons?: readonly string[];
}

function figuresOf(records: readonly Counted[]): ExpectedFigures {
  const of = (figure: Counted['figure']) => records.filter((r) => r.figure === figure);
  const fen = (list: readonly Counted[]) => list.reduce((s, r) => s + (r.fen ?? 0), 0);
  const subsidy = of('subsidy');
  const insured = of('insured');
  const claims = of('claim');
  const settledClaims = claims.filter((c) => c.flags?.settled);
  const visited = of('visit');
  const held = of('activity');
  const personTimes = (list: readonly Counted[]) => list.reduce((n, r) => n + new Set(r.persons).size, 0);
  const distinct = (list: readonly Counted[]) => new Set(list.flatMap((r) => r.persons ?? [])).size;
  return {
    'nursingSubsidy.personTimes': subsidy.length,
    'nursingSubsidy.issuedFen': fen(subsidy),
    'nursingSubsidy.paidOutFen': fen(subsidy.filter((s) => s.flags?.settled)),
    'nursingSubsidy.awaitingReimbursementFen': fen(subsidy.filter((s) => !s.flags?.settled)),
    'nursingSubsidy.viaSunshineFen': fen(subsidy.filter((s) => s.flags?.sunshine)),
    'insurance.enrolledCount': insured.length,
    'insurance.premiumFen': fen(insured),
    'insurance.claimsSettledPersons': new Set(settledClaims.map((c) => c.flags?.person)).size,
    'insurance.claimsSettledFen': fen(settledClaims),
    'insurance.claimsInProgress': claims.filter((c) => c.flags?.inProgress).length,
    'visits.count': visited.length,
    'visits.personTimes': personTimes(visited),
    'visits.distinctPersons': distinct(visited),
    'visits.homeVisitCount': visited.length,
    'activities.count': held.length,
    'activities.distinctPersons': distinct(held),
    'activities.personTimes': personTimes(held),
  };
}

const byId = (script: readonly ScriptedCommand[], mutations: readonly string[], idField: string) => {
  const steps = new Map<string, ScriptedCommand[]>();
  for (const c of script.filter((c) => mutations.includes(c.mutation))) {
    const id = String(c.input[idField]);
    steps.set(id, [...(steps.get(id) ?? []), c]);
  }
  return steps;
};
const inYear = (date: unknown, year: number) => String(date).startsWith(`${year}-`);

/** Applications whose last payment step of the year is an issue (or reissue) dated in the year. */
function subsidies(script: readonly ScriptedCommand[], year: number): Counted[] {
  const steps = byId(script, ['applyForSubsidy', 'submitSubsidyToSunshine', 'issueSubsidyPayment', 'recordSubsidyPaymentFailure', 'reissueSubsidyPayment', 'confirmSubsidyPayment', 'settleSubsidyReimbursement'], 'applicationId');
  return [...steps.values()].flatMap((list) => {
    const payment = list.filter((c) => ['issueSubsidyPayment', 'recordSubsidyPaymentFailure', 'reissueSubsidyPayment'].includes(c.mutation)).at(-1);
    const issue = list.find((c) => c.mutation === 'issueSubsidyPayment');
    if (!payment || !issue || payment.mutation === 'recordSubsidyPaymentFailure' || !inYear(payment.input['issuedOn'], year)) return [];
    const applied = list.find((c) => c.mutation === 'applyForSubsidy')!;
    return [{
      figure: 'subsidy' as const,
      caseId: String(applied.input['caseId']),
      fen: Number(issue.input['amountFen']),
      flags: { settled: list.some((c) => c.mutation === 'settleSubsidyReimbursement'), sunshine: list.some((c) => c.mutation === 'submitSubsidyToSunshine') },
    }];
  });
}

/** Persons enrolled on the year's policy (each once) at its premium, and the policy's claims. */
function insurance(script: readonly ScriptedCommand[], year: number): Counted[] {
  const policy = script.find((c) => c.mutation === 'purchasePolicy' && c.input['year'] === year);
  if (!policy) return [];
  const premium = Number(policy.input['premiumPerPersonFen']);
  const enrolled = new Map(script.filter((c) => c.mutation === 'enrolMember' && c.input['year'] === year).map((c) => [String(c.input['personId']), String(c.input['caseId'])]));
  const insured: Counted[] = [...enrolled.values()].map((caseId) => ({ figure: 'insured', caseId, fen: premium }));
  const claims = byId(script, ['reportClaim', 'submitClaimDocuments', 'sendClaimToInsurer', 'settleClaim', 'rejectClaim', 'withdrawClaim'], 'claimId');
  const counted: Counted[] = [...claims.values()].flatMap((list) => {
    const reported = list.find((c) => c.mutation === 'reportClaim');
    if (!reported || reported.input['policyYear'] !== year) return [];
    const last = list.at(-1)!;
    return [{
      figure: 'claim' as const,
      caseId: String(reported.input['caseId']),
      fen: last.mutation === 'settleClaim' ? Number(last.input['amountFen']) : 0,
      flags: { settled: last.mutation === 'settleClaim', inProgress: !['settleClaim', 'rejectClaim', 'withdrawClaim'].includes(last.mutation), person: String(reported.input['personId']) },
    }];
  });
  return [...insured, ...counted];
}

const personsOf = (refs: unknown): string[] => (refs as { personId: string }[]).map((p) => p.personId);

function visits(script: readonly ScriptedCommand[], year: number): Counted[] {
  const voided = new Set(script.filter((c) => c.mutation === 'voidVisit').map((c) => String(c.input['visitId'])));
  return script
    .filter((c) => c.mutation === 'recordVisit' && !voided.has(String(c.input['visitId'])) && inYear(c.input['visitedOn'], year))
    .map((c) => ({ figure: 'visit', township: String(c.input['township']), persons: personsOf(c.input['personsReached']) }));
}

/** A county-wide activity (no township) counts for the county only. */
function activities(script: readonly ScriptedCommand[], year: number): Counted[] {
  return script
    .filter((c) => c.mutation === 'holdActivity' && inYear(c.input['heldOn'], year))
    .map((c) => ({ figure: 'activity', township: (c.input['township'] as string | null) ?? null, persons: personsOf(c.input['attendees']) }));
}

type MoneyKey = Extract<FigureKey, `funds.${string}` | `budget.${string}` | `donations.${string}`>;

/** The county's funds of the year (net of reversals), its budget and the online giving. */
function money(script: readonly ScriptedCommand[], year: number): Pick<YearFigures, MoneyKey> {
  const yearOfFund = new Map(script.filter((c) => c.mutation === 'allocateBudget').map((c) => [buildFundId(Number(c.input['year']), String(c.input['code'])), Number(c.input['year'])]));
  const careAction = buildFundId(year, 'care-action');
  const ofYear = (fundId: unknown) => yearOfFund.get(String(fundId)) === year;
  const reversed = new Set(script.filter((c) => c.mutation === 'reverseExpenditure').map((c) => String(c.input['expenditureId'])));
  const voidedVisits = new Set(script.filter((c) => c.mutation === 'voidVisit').map((c) => String(c.input['visitId'])));
  const spending = [
    ...script
      .filter((c) => c.mutation === 'recordExpenditure' && ofYear(c.input['fundId']) && !(c.createdId && reversed.has(c.createdId)))
      .map((c) => ({ fundId: String(c.input['fundId']), category: String(c.input['category']), fen: Number(c.input['amountFen']) })),
    // Cash aid is charged to the fund the visit or activity names; a void reverses the charge.
    ...script
      .filter((c) => (c.mutation === 'recordVisit' && !voidedVisits.has(String(c.input['visitId']))) || c.mutation === 'holdActivity')
      .filter((c) => Number(c.input['cashAidFen']) > 0 && ofYear(c.input['fundId']))
      .map((c) => ({ fundId: String(c.input['fundId']), category: 'SPECIAL', fen: Number(c.input['cashAidFen']) })),
  ];
  const sum = (list: readonly { fen: number }[]) => list.reduce((s, x) => s + x.fen, 0);
  const spent = (category: string) => sum(spending.filter((s) => s.category === category));
  const allocatedCare =
    sum(script.filter((c) => c.mutation === 'allocateBudget' && buildFundId(Number(c.input['year']), String(c.input['code'])) === careAction).map((c) => ({ fen: Number(c.input['amountFen']) }))) +
    sum(script.filter((c) => c.mutation === 'adjustAllocation' && c.input['fundId'] === careAction).map((c) => ({ fen: Number(c.input['deltaFen']) })));
  const income = sum(script.filter((c) => c.mutation === 'receiveFunds' && ofYear(c.input['fundId'])).map((c) => ({ fen: Number(c.input['amountFen']) })));
  const personnel = spent('PERSONNEL');
  const publicFen = spent('PUBLIC');
  const special = spent('SPECIAL');
  const basic = personnel + publicFen;
  const reversedDonations = new Set(script.filter((c) => c.mutation === 'reverseDonation').map((c) => `${String(c.input['year'])}/${String(c.input['donationId'])}`));
  const donations = (y: number) =>
    sum(
      script
        .filter((c) => c.mutation === 'recordDonation' && c.input['year'] === y && !reversedDonations.has(`${y}/${String(c.input['donationId'])}`))
        .map((c) => ({ fen: Number(c.input['amountFen']) + Number(c.input['matchingFen']) })),
    );
  return {
    'funds.careActionAllocatedFen': allocatedCare,
    'funds.careActionSpentFen': sum(spending.filter((s) => s.fundId === careAction)),
    'budget.incomeFen': income,
    'budget.basicFen': basic,
    'budget.personnelFen': personnel,
    'budget.publicFen': publicFen,
    'budget.specialFen': special,
    'budget.personnelShareBp': shareBasisPoints(personnel, basic),
    'budget.publicShareBp': shareBasisPoints(publicFen, basic),
    'budget.balanceFen': income - basic - special,
    'donations.totalFen': donations(year),
    'donations.previousYearTotalFen': donations(year - 1),
  };
}
