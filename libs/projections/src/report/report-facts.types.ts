import type { ExpenditureCategory, Target } from '@careledger/domain-fund';
import type { ClaimState, EnrolmentPeriod, PolicyTerms } from '@careledger/domain-insurance';
import type { NursingSubsidyState } from '@careledger/domain-nursing-subsidy';
import type { ActivityState, VisitState } from '@careledger/domain-visit';

/**
 * One fact per record the annual report counts, with the stream it comes from and the log
 * positions of the events that made it: the drill-down of every figure is a list of facts.
 * Facts are plain JSON (stored as rows by the live projection, folded in memory for a past
 * position) and hold no personal data: persons and cases appear by id only.
 */
type Fact<K extends string, D> = {
  /** The stream id, or `<streamId>#<recordId>` for a record inside a shared stream. */
  readonly factId: string;
  readonly streamId: string;
  readonly kind: K;
  readonly data: D;
  /** Positions of the events that made this fact, ascending. */
  readonly positions: readonly number[];
};

export type CaseFact = Fact<'CASE', { readonly caseId: string; readonly township: string }>;
/** The application folded by the domain's own evolve: status, current payment, sunshine ref. */
export type SubsidyFact = Fact<'SUBSIDY', NursingSubsidyState>;
export type PolicyFact = Fact<'POLICY', PolicyTerms>;
/** One insured person of a yearly policy, with every period of cover (as the policy state keeps them). */
export type EnrolmentFact = Fact<
  'ENROLMENT',
  { readonly year: number; readonly personId: string; readonly periods: readonly EnrolmentPeriod[] }
>;
export type ClaimFact = Fact<'CLAIM', ClaimState>;
export type VisitFact = Fact<'VISIT', { readonly visitId: string; readonly state: VisitState }>;
export type ActivityFact = Fact<'ACTIVITY', { readonly activityId: string; readonly state: ActivityState }>;
export type FundFact = Fact<
  'FUND',
  { readonly fundId: string; readonly year: number; readonly code: string; readonly allocatedFen: number }
>;
export type ReceiptFact = Fact<
  'RECEIPT',
  { readonly fundId: string; readonly year: number; readonly receiptId: string; readonly amountFen: number }
>;
export type ExpenditureFact = Fact<
  'EXPENDITURE',
  {
    readonly fundId: string;
    readonly year: number;
    readonly code: string;
    readonly expenditureId: string;
    readonly category: ExpenditureCategory;
    readonly amountFen: number;
    readonly reversed: boolean;
  }
>;
export type TargetFact = Fact<'TARGET', { readonly year: number; readonly target: Target }>;
export type DonationFact = Fact<
  'DONATION',
  {
    readonly year: number;
    readonly donationId: string;
    readonly amountFen: number;
    readonly matchingFen: number;
    readonly reversed: boolean;
  }
>;

export type ReportFact =
  | CaseFact
  | SubsidyFact
  | PolicyFact
  | EnrolmentFact
  | ClaimFact
  | VisitFact
  | ActivityFact
  | FundFact
  | ReceiptFact
  | ExpenditureFact
  | TargetFact
  | DonationFact;

export type ReportFactKind = ReportFact['kind'];

/** Facts by factId. */
export type ReportFacts = ReadonlyMap<string, ReportFact>;

/** Builds the next version of a fact: same stream as the event, the event's position appended. */
export type MakeFact = <F extends ReportFact>(factId: string, kind: F['kind'], data: F['data']) => ReportFact;
