/**
 * Commands to a nursing-subsidy stream. Imperative, readonly plain data. Ids, dates and every
 * fact from other streams or from configuration arrive on the command: the decider has no clock,
 * no id generator and no I/O.
 */
import type { SubsidyRules } from './subsidy-rules';
import type {
  CountyDecision,
  DiagnosisCategory,
  HospitalGrade,
  TownshipDecision,
} from './nursing-subsidy.vocabulary';

/** Another hospital stay of the same person, from their other applications. */
export type OtherStay = {
  readonly applicationId: string;
  readonly admittedOn: string;
  readonly dischargedOn: string;
};

export type ApplyForSubsidy = {
  readonly type: 'ApplyForSubsidy';
  readonly data: {
    readonly applicationId: string;
    readonly caseId: string;
    readonly personId: string;
    readonly hospitalName: string;
    readonly hospitalGrade: HospitalGrade;
    readonly diagnosisCategory: DiagnosisCategory;
    readonly admittedOn: string;
    readonly dischargedOn: string;
    /** Every configured rule set; the one in force on `admittedOn` is applied. */
    readonly ruleSets: readonly SubsidyRules[];
    /** The person's stays in their other live (not withdrawn or rejected) applications. */
    readonly otherStaysOfPerson: readonly OtherStay[];
    /** This person's usage by calendar year from those applications ('2023' → 85). */
    readonly daysAlreadyPaidByYear: Readonly<Record<string, number>>;
    readonly fenAlreadyPaidByYear: Readonly<Record<string, number>>;
  };
};

export type SupplementDocuments = {
  readonly type: 'SupplementDocuments';
  readonly data: { readonly applicationId: string; readonly note: string };
};

export type ReviewByTownship = {
  readonly type: 'ReviewByTownship';
  readonly data: {
    readonly applicationId: string;
    readonly decision: TownshipDecision;
    readonly opinion: string;
  };
};

export type ReviewByCounty = {
  readonly type: 'ReviewByCounty';
  readonly data: {
    readonly applicationId: string;
    readonly decision: CountyDecision;
    readonly opinion: string;
  };
};

export type PostNotice = {
  readonly type: 'PostNotice';
  readonly data: { readonly applicationId: string; readonly postedOn: string };
};

export type CloseNotice = {
  readonly type: 'CloseNotice';
  readonly data: {
    readonly applicationId: string;
    readonly closedOn: string;
    readonly objections: string | null;
  };
};

/**
 * 公示后不予发放: objections raised during the notice were checked and hold, so the county decides
 * not to pay. `reason` says why (the family's status or the stay does not qualify…).
 */
export type RefuseAfterNotice = {
  readonly type: 'RefuseAfterNotice';
  readonly data: { readonly applicationId: string; readonly refusedOn: string; readonly reason: string };
};

export type SubmitToSunshine = {
  readonly type: 'SubmitToSunshine';
  readonly data: {
    readonly applicationId: string;
    readonly externalRef: string;
    readonly submittedOn: string;
  };
};

export type IssuePayment = {
  readonly type: 'IssuePayment';
  readonly data: {
    readonly applicationId: string;
    readonly batchId: string;
    readonly period: string;
    readonly amountFen: number;
    readonly issuedOn: string;
  };
};

export type ConfirmPayment = {
  readonly type: 'ConfirmPayment';
  readonly data: { readonly applicationId: string; readonly paidOn: string };
};

export type RecordPaymentFailure = {
  readonly type: 'RecordPaymentFailure';
  readonly data: { readonly applicationId: string; readonly reason: string; readonly failedOn: string };
};

export type ReissuePayment = {
  readonly type: 'ReissuePayment';
  readonly data: {
    readonly applicationId: string;
    readonly batchId: string;
    readonly period: string;
    readonly issuedOn: string;
  };
};

export type SettleReimbursement = {
  readonly type: 'SettleReimbursement';
  readonly data: { readonly applicationId: string; readonly settledOn: string; readonly voucherNo: string };
};

export type WithdrawApplication = {
  readonly type: 'WithdrawApplication';
  readonly data: { readonly applicationId: string; readonly reason: string };
};

export type NursingSubsidyCommand =
  | ApplyForSubsidy
  | SupplementDocuments
  | ReviewByTownship
  | ReviewByCounty
  | PostNotice
  | CloseNotice
  | RefuseAfterNotice
  | SubmitToSunshine
  | IssuePayment
  | ConfirmPayment
  | RecordPaymentFailure
  | ReissuePayment
  | SettleReimbursement
  | WithdrawApplication;

export type NursingSubsidyCommandType = NursingSubsidyCommand['type'];
