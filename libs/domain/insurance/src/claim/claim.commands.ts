/**
 * Commands to a claim stream. Ids and dates are chosen by the caller; what the claim needs from
 * another stream (enrolment on the event date) is loaded by the handler and passed in.
 */
import type { ClaimDocumentKind, ClaimEventType } from '../insurance.vocabulary';

export type ReportClaim = {
  readonly type: 'ReportClaim';
  readonly data: {
    readonly claimId: string;
    readonly policyYear: number;
    readonly caseId: string;
    readonly personId: string;
    readonly eventType: ClaimEventType;
    readonly eventOn: string;
    readonly reportedOn: string;
    readonly description: string;
    /**
     * `isEnrolledOn(policy-<policyYear> state, personId, eventOn)`, computed by the handler from
     * the policy stream it has just read. See `reportClaim` for the consistency this gives.
     */
    readonly enrolledOnEventDate: boolean;
  };
};

export type SubmitClaimDocuments = {
  readonly type: 'SubmitClaimDocuments';
  readonly data: {
    readonly claimId: string;
    readonly documents: readonly ClaimDocumentKind[];
    readonly submittedOn: string;
  };
};

export type SendClaimToInsurer = {
  readonly type: 'SendClaimToInsurer';
  readonly data: { readonly claimId: string; readonly sentOn: string; readonly insurerRef: string };
};

export type SettleClaim = {
  readonly type: 'SettleClaim';
  readonly data: { readonly claimId: string; readonly amountFen: number; readonly settledOn: string };
};

export type RejectClaim = {
  readonly type: 'RejectClaim';
  readonly data: { readonly claimId: string; readonly reason: string; readonly rejectedOn: string };
};

export type WithdrawClaim = {
  readonly type: 'WithdrawClaim';
  readonly data: { readonly claimId: string; readonly reason: string };
};

export type ClaimCommand =
  | ReportClaim
  | SubmitClaimDocuments
  | SendClaimToInsurer
  | SettleClaim
  | RejectClaim
  | WithdrawClaim;

export type ClaimCommandType = ClaimCommand['type'];
