/**
 * Events of a claim stream (`claim-<claimId>`). Past tense, readonly plain data. `description`
 * is health data: encrypted at rest with the person's data key (see `insurancePersonalData`),
 * `null` once erased.
 */
import type { ClaimDocumentKind, ClaimEventType } from '../insurance.vocabulary';

export type ClaimReported = {
  readonly type: 'ClaimReported';
  readonly data: {
    readonly claimId: string;
    /** The policy (`policy-<year>`) the member was enrolled in on `eventOn`. */
    readonly policyYear: number;
    readonly caseId: string;
    readonly personId: string;
    readonly eventType: ClaimEventType;
    /** Day of the insured event (admission, accident, death, disability assessment). */
    readonly eventOn: string;
    readonly reportedOn: string;
    /** PII (health). Short account of what happened, not medical records. `null` once erased. */
    readonly description: string | null;
  };
};

export type ClaimDocumentsSubmitted = {
  readonly type: 'ClaimDocumentsSubmitted';
  readonly data: {
    readonly claimId: string;
    /** Kinds handed in with this submission, without repeats. */
    readonly documents: readonly ClaimDocumentKind[];
    readonly submittedOn: string;
  };
};

export type ClaimSentToInsurer = {
  readonly type: 'ClaimSentToInsurer';
  readonly data: { readonly claimId: string; readonly sentOn: string; readonly insurerRef: string };
};

export type ClaimSettled = {
  readonly type: 'ClaimSettled';
  /** Amount the insurer paid, integer fen; 0 is a settlement with nothing payable. */
  readonly data: { readonly claimId: string; readonly amountFen: number; readonly settledOn: string };
};

export type ClaimRejected = {
  readonly type: 'ClaimRejected';
  readonly data: { readonly claimId: string; readonly reason: string; readonly rejectedOn: string };
};

export type ClaimWithdrawn = {
  readonly type: 'ClaimWithdrawn';
  readonly data: { readonly claimId: string; readonly reason: string };
};

export type ClaimEvent =
  | ClaimReported
  | ClaimDocumentsSubmitted
  | ClaimSentToInsurer
  | ClaimSettled
  | ClaimRejected
  | ClaimWithdrawn;

export type ClaimStreamEventType = ClaimEvent['type'];
