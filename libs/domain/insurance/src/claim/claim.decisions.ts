import {
  assertCivilDate,
  assertFen,
  compareCivilDates,
  requireOneOf,
  requireReason,
  requireText,
  validationFailed,
} from '@careledger/domain-kernel';
import { invalidTransition } from '../insurance.errors';
import type { ClaimDocumentKind } from '../insurance.vocabulary';
import { CLAIM_DOCUMENT_KINDS } from '../insurance.vocabulary';
import type {
  RejectClaim,
  SendClaimToInsurer,
  SettleClaim,
  SubmitClaimDocuments,
  WithdrawClaim,
} from './claim.commands';
import type {
  ClaimDocumentsSubmitted,
  ClaimRejected,
  ClaimSentToInsurer,
  ClaimSettled,
  ClaimWithdrawn,
} from './claim.events';
import type {
  DocumentsSubmittedClaim,
  RejectedClaim,
  ReportedClaim,
  SentClaim,
  WithdrawnClaim,
} from './claim.state';

// Each decision receives a claim already in a status that admits its command (see the decider);
// it validates the input, keeps dates in order and recognises an exact retry ([]).

/** More documents may follow the first submission until the claim is sent. */
export function submitClaimDocuments(
  data: SubmitClaimDocuments['data'],
  state: ReportedClaim | DocumentsSubmittedClaim,
): ClaimDocumentsSubmitted[] {
  const documents = requireDocuments(data.documents);
  const submittedOn = assertCivilDate('submittedOn', data.submittedOn);
  const last = state.status === 'documentsSubmitted' ? state.submissions.at(-1) : undefined;
  if (last && last.submittedOn === submittedOn && sameKinds(last.documents, documents)) return [];
  assertNotBefore('submittedOn', submittedOn, last?.submittedOn ?? state.claim.reportedOn);
  return [{ type: 'ClaimDocumentsSubmitted', data: { claimId: data.claimId, documents, submittedOn } }];
}

export function sendClaimToInsurer(
  data: SendClaimToInsurer['data'],
  state: DocumentsSubmittedClaim | SentClaim,
): ClaimSentToInsurer[] {
  const sentOn = assertCivilDate('sentOn', data.sentOn);
  const insurerRef = requireText('insurerRef', data.insurerRef, { max: 100 });
  if (state.status === 'sent') {
    if (state.sentOn === sentOn && state.insurerRef === insurerRef) return [];
    throw invalidTransition({ claimId: data.claimId, from: state.status, command: 'SendClaimToInsurer' });
  }
  const lastSubmittedOn = state.submissions.at(-1)?.submittedOn ?? state.claim.reportedOn;
  assertNotBefore('sentOn', sentOn, lastSubmittedOn);
  return [{ type: 'ClaimSentToInsurer', data: { claimId: data.claimId, sentOn, insurerRef } }];
}

/**
 * Only a sent claim settles, once. A second SettleClaim is refused even with the same amount: a
 * claim is never paid twice, and a network retry is already deduplicated by its command id.
 */
export function settleClaim(data: SettleClaim['data'], state: SentClaim): ClaimSettled[] {
  const amountFen = assertFen('amountFen', data.amountFen);
  const settledOn = assertCivilDate('settledOn', data.settledOn);
  assertNotBefore('settledOn', settledOn, state.sentOn);
  return [{ type: 'ClaimSettled', data: { claimId: data.claimId, amountFen, settledOn } }];
}

export function rejectClaim(data: RejectClaim['data'], state: SentClaim | RejectedClaim): ClaimRejected[] {
  const reason = requireText('reason', requireReason(data.reason), { max: 500 });
  const rejectedOn = assertCivilDate('rejectedOn', data.rejectedOn);
  if (state.status === 'rejected') {
    if (state.reason === reason && state.rejectedOn === rejectedOn) return [];
    throw invalidTransition({ claimId: data.claimId, from: state.status, command: 'RejectClaim' });
  }
  assertNotBefore('rejectedOn', rejectedOn, state.sentOn);
  return [{ type: 'ClaimRejected', data: { claimId: data.claimId, reason, rejectedOn } }];
}

/** Withdrawn from any status before the insurer decided (settled or rejected). */
export function withdrawClaim(
  data: WithdrawClaim['data'],
  state: ReportedClaim | DocumentsSubmittedClaim | SentClaim | WithdrawnClaim,
): ClaimWithdrawn[] {
  const reason = requireText('reason', requireReason(data.reason), { max: 500 });
  if (state.status === 'withdrawn') {
    if (state.reason === reason) return [];
    throw invalidTransition({ claimId: data.claimId, from: state.status, command: 'WithdrawClaim' });
  }
  return [{ type: 'ClaimWithdrawn', data: { claimId: data.claimId, reason } }];
}

function requireDocuments(value: unknown): ClaimDocumentKind[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw validationFailed('documents', 'documents must list at least one kind of document');
  }
  const kinds = value.map((kind: unknown) => requireOneOf('documents', kind, CLAIM_DOCUMENT_KINDS));
  return [...new Set(kinds)];
}

function sameKinds(a: readonly ClaimDocumentKind[], b: readonly ClaimDocumentKind[]): boolean {
  return a.length === b.length && a.every((kind) => b.includes(kind));
}

function assertNotBefore(field: string, date: string, min: string): void {
  if (compareCivilDates(date, min) < 0) {
    throw validationFailed(field, `${field} cannot be before the previous step`, { min });
  }
}
