import type { HospitalGrade, SubsidyStatus } from './nursing-subsidy.vocabulary';
import { subsidyNotFound } from './nursing-subsidy.errors';

/**
 * What the decider needs about an application, whatever its status. Deliberately no diagnosis:
 * no decision uses it, so state (and any snapshot of it) never holds health data.
 */
export type SubsidyApplication = {
  readonly applicationId: string;
  readonly caseId: string;
  readonly personId: string;
  readonly hospitalName: string;
  readonly hospitalGrade: HospitalGrade;
  readonly admittedOn: string;
  readonly dischargedOn: string;
  /** The computed amount: every payment must equal it. */
  readonly amountFen: number;
  readonly noticeRequired: boolean;
  readonly noticeDays: number;
  /** Reference in the sunshine system, once submitted there (not every payment goes through it). */
  readonly sunshineRef: string | null;
  /** Every one-card batch used so far: a reissue needs a new one. */
  readonly batchIds: readonly string[];
};

export type SubsidyPayment = { readonly batchId: string; readonly period: string; readonly issuedOn: string };

/** Every existing application: its status, the application itself, and what that status adds. */
type With<S extends SubsidyStatus, Extra = unknown> = {
  readonly status: S;
  readonly application: SubsidyApplication;
} & Readonly<Extra>;

export type InitialSubsidy = { readonly status: 'initial' };
export type AppliedSubsidy = With<'applied'>;
export type ReturnedSubsidy = With<'returned', { opinion: string }>;
export type SupplementedSubsidy = With<'supplemented'>;
export type TownshipApprovedSubsidy = With<'townshipApproved'>;
export type CountyApprovedSubsidy = With<'countyApproved'>;
/**
 * Rejected by the county review, or refused after the notice (`refusedOn` set then, absent for a
 * review's rejection): either way the application has ended unpaid.
 */
export type RejectedSubsidy = With<'rejected', { opinion: string; refusedOn?: string }>;
export type NoticePostedSubsidy = With<'noticePosted', { postedOn: string; closesOn: string }>;
export type NoticeClosedSubsidy = With<'noticeClosed', { postedOn: string; closedOn: string }>;
export type SubmittedSubsidy = With<'submitted', { submittedOn: string }>;
export type PaymentIssuedSubsidy = With<'paymentIssued', { payment: SubsidyPayment }>;
export type PaymentFailedSubsidy = With<
  'paymentFailed',
  { payment: SubsidyPayment; reason: string; failedOn: string }
>;
export type PaidSubsidy = With<'paid', { payment: SubsidyPayment; paidOn: string }>;
export type SettledSubsidy = With<
  'settled',
  { payment: SubsidyPayment; paidOn: string; voucherNo: string; settledOn: string }
>;
export type WithdrawnSubsidy = With<'withdrawn', { reason: string }>;

export type NursingSubsidyState =
  | InitialSubsidy
  | AppliedSubsidy
  | ReturnedSubsidy
  | SupplementedSubsidy
  | TownshipApprovedSubsidy
  | CountyApprovedSubsidy
  | RejectedSubsidy
  | NoticePostedSubsidy
  | NoticeClosedSubsidy
  | SubmittedSubsidy
  | PaymentIssuedSubsidy
  | PaymentFailedSubsidy
  | PaidSubsidy
  | SettledSubsidy
  | WithdrawnSubsidy;

/** An application that exists, whatever its status. */
export type ExistingSubsidy = Exclude<NursingSubsidyState, InitialSubsidy>;

export const initialNursingSubsidyState = (): NursingSubsidyState => ({ status: 'initial' });

export function requireExisting(state: NursingSubsidyState, applicationId: string): ExistingSubsidy {
  if (state.status === 'initial') throw subsidyNotFound(applicationId);
  return state;
}
