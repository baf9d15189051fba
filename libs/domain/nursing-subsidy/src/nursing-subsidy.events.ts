/**
 * Events of a nursing-subsidy stream (`subsidy-<applicationId>`). Past tense, readonly plain data.
 * Who acted, in which role and township, and when, is event metadata (see domain.md §3); the
 * opinion texts of each review are data, because the workflow itself shows them.
 * Fields marked PII are encrypted at rest with the person's data key (`nursingSubsidyPersonalData`).
 */
import type { SubsidyComputation } from './subsidy-computation';
import type {
  CountyDecision,
  DiagnosisCategory,
  HospitalGrade,
  TownshipDecision,
} from './nursing-subsidy.vocabulary';

export type SubsidyApplied = {
  readonly type: 'SubsidyApplied';
  readonly data: {
    readonly applicationId: string;
    readonly caseId: string;
    /** The member who was in hospital: the subject of every cap and overlap rule. */
    readonly personId: string;
    readonly hospitalName: string;
    readonly hospitalGrade: HospitalGrade;
    /** PII (health data). `null` once erased. */
    readonly diagnosisCategory: DiagnosisCategory | null;
    readonly admittedOn: string;
    readonly dischargedOn: string;
    /** Which configured rule set was applied: the one in force on `admittedOn`. */
    readonly rulesEffectiveFrom: string;
    /**
     * Copied from that rule set so the notice step of this application follows the rules it was
     * approved under, even if the configuration changes while it is in progress.
     */
    readonly noticeRequired: boolean;
    readonly noticeDays: number;
    readonly computation: SubsidyComputation;
  };
};

export type DocumentsSupplemented = {
  readonly type: 'DocumentsSupplemented';
  /** `note` says what was supplemented or corrected, answering the township's opinion. */
  readonly data: { readonly applicationId: string; readonly note: string };
};

export type TownshipReviewed = {
  readonly type: 'TownshipReviewed';
  /** `opinion` is required when RETURNED, `null` for an approval without remarks. */
  readonly data: {
    readonly applicationId: string;
    readonly decision: TownshipDecision;
    readonly opinion: string | null;
  };
};

export type CountyReviewed = {
  readonly type: 'CountyReviewed';
  /** `opinion` is required when REJECTED, `null` for an approval without remarks. */
  readonly data: {
    readonly applicationId: string;
    readonly decision: CountyDecision;
    readonly opinion: string | null;
  };
};

export type NoticePosted = {
  readonly type: 'NoticePosted';
  /** The notice hangs `noticeDays` full days from `postedOn`; it may be closed on `closesOn`. */
  readonly data: { readonly applicationId: string; readonly postedOn: string; readonly closesOn: string };
};

export type NoticeClosed = {
  readonly type: 'NoticeClosed';
  /** `objections`: what was raised during the notice, `null` when nothing was. */
  readonly data: {
    readonly applicationId: string;
    readonly closedOn: string;
    readonly objections: string | null;
  };
};

export type RefusedAfterNotice = {
  readonly type: 'RefusedAfterNotice';
  /**
   * 公示后不予发放: the county refuses to pay once objections to the notice proved founded. Taken
   * while the notice still hangs, it also ends the notice. The application ends rejected.
   */
  readonly data: { readonly applicationId: string; readonly refusedOn: string; readonly reason: string };
};

export type SubmittedToSunshine = {
  readonly type: 'SubmittedToSunshine';
  /** `externalRef`: the application's number in the 惠民惠农阳光审批系统. */
  readonly data: {
    readonly applicationId: string;
    readonly externalRef: string;
    readonly submittedOn: string;
  };
};

export type PaymentIssued = {
  readonly type: 'PaymentIssued';
  readonly data: {
    readonly applicationId: string;
    /** One-card (一卡通) batch id. */
    readonly batchId: string;
    /** Subsidy period (补贴期号) 'YYYYMM'. */
    readonly period: string;
    /** Always equal to the computed amount of the application. */
    readonly amountFen: number;
    readonly issuedOn: string;
  };
};

export type PaymentConfirmed = {
  readonly type: 'PaymentConfirmed';
  readonly data: { readonly applicationId: string; readonly paidOn: string };
};

export type PaymentFailed = {
  readonly type: 'PaymentFailed';
  readonly data: { readonly applicationId: string; readonly reason: string; readonly failedOn: string };
};

export type PaymentReissued = {
  readonly type: 'PaymentReissued';
  /** Same amount as the failed payment, in a new batch. */
  readonly data: {
    readonly applicationId: string;
    readonly batchId: string;
    readonly period: string;
    readonly issuedOn: string;
  };
};

export type ReimbursementSettled = {
  readonly type: 'ReimbursementSettled';
  /** 报账: the paid subsidy is booked against the budget; `voucherNo` is the accounting voucher. */
  readonly data: { readonly applicationId: string; readonly settledOn: string; readonly voucherNo: string };
};

export type ApplicationWithdrawn = {
  readonly type: 'ApplicationWithdrawn';
  readonly data: { readonly applicationId: string; readonly reason: string };
};

export type NursingSubsidyEvent =
  | SubsidyApplied
  | DocumentsSupplemented
  | TownshipReviewed
  | CountyReviewed
  | NoticePosted
  | NoticeClosed
  | RefusedAfterNotice
  | SubmittedToSunshine
  | PaymentIssued
  | PaymentConfirmed
  | PaymentFailed
  | PaymentReissued
  | ReimbursementSettled
  | ApplicationWithdrawn;

export type NursingSubsidyEventType = NursingSubsidyEvent['type'];
