import { claimNotFound, invalidTransition } from '../insurance.errors';
import type { ClaimDocumentKind } from '../insurance.vocabulary';
import type { ClaimCommandType } from './claim.commands';
import type { ClaimReported } from './claim.events';

/** The report minus its description: state (and any snapshot of it) holds no health data. */
export type ClaimFile = Omit<ClaimReported['data'], 'description'>;

export type Submission = { readonly documents: readonly ClaimDocumentKind[]; readonly submittedOn: string };

export type InitialClaim = { readonly status: 'initial' };
export type ReportedClaim = { readonly status: 'reported'; readonly claim: ClaimFile };
export type DocumentsSubmittedClaim = {
  readonly status: 'documentsSubmitted';
  readonly claim: ClaimFile;
  /** Every submission, oldest first: more documents may follow before the claim is sent. */
  readonly submissions: readonly Submission[];
};
export type SentClaim = {
  readonly status: 'sent';
  readonly claim: ClaimFile;
  readonly submissions: readonly Submission[];
  readonly sentOn: string;
  readonly insurerRef: string;
};
export type SettledClaim = {
  readonly status: 'settled';
  readonly claim: ClaimFile;
  readonly insurerRef: string;
  readonly amountFen: number;
  readonly settledOn: string;
};
export type RejectedClaim = {
  readonly status: 'rejected';
  readonly claim: ClaimFile;
  readonly insurerRef: string;
  readonly reason: string;
  readonly rejectedOn: string;
};
export type WithdrawnClaim = {
  readonly status: 'withdrawn';
  readonly claim: ClaimFile;
  readonly reason: string;
};

export type ClaimState =
  | InitialClaim
  | ReportedClaim
  | DocumentsSubmittedClaim
  | SentClaim
  | SettledClaim
  | RejectedClaim
  | WithdrawnClaim;
export type ClaimStateStatus = ClaimState['status'];
/** A claim that exists, whatever its status. */
export type OpenedClaim = Exclude<ClaimState, InitialClaim>;

export const initialClaimState = (): ClaimState => ({ status: 'initial' });

/**
 * The one place the claim's workflow is enforced: a missing claim is NOT_FOUND, a claim in any
 * status other than `allowed` refuses `command` with INVALID_TRANSITION {from, command}.
 */
export function requireStatus<S extends OpenedClaim['status']>(
  state: ClaimState,
  claimId: string,
  command: ClaimCommandType,
  allowed: readonly S[],
): Extract<ClaimState, { status: S }> {
  if (state.status === 'initial') throw claimNotFound(claimId);
  if (!(allowed as readonly string[]).includes(state.status)) {
    throw invalidTransition({ claimId, from: state.status, command });
  }
  return state as Extract<ClaimState, { status: S }>;
}
