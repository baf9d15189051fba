import type { ClaimEvent } from '@careledger/domain-insurance';
import type { RecordedEvent } from '@careledger/event-store';
import type { Projection } from '../runner/projection';
import {
  insertClaim,
  reject,
  selectDocuments,
  sendToInsurer,
  settle,
  submitDocuments,
  touchClaim,
  withdraw,
} from './insurance-claim.statements';

type Trx = Parameters<Projection['apply']>[0];
type Stamp = { readonly claim_id: string; readonly revision: number; readonly last_recorded_at: string };

/** Runs a step; a step out of place (which evolveClaim ignores) changes nothing but the stamp. */
async function stepped(trx: Trx, stamp: Stamp, run: Promise<{ numAffectedRows?: bigint }>): Promise<true> {
  const { numAffectedRows } = await run;
  if (numAffectedRows === 0n) await touchClaim.execute(trx, stamp);
  return true;
}

/**
 * Claims and where each stands. The report's description is health data: it is never copied
 * here (the claim page reads it from the store, decrypted for the API only).
 */
export const insuranceClaimProjection: Projection = {
  name: 'insurance-claim',
  filter: { streamTypes: ['claim'] },
  async apply(trx, recorded) {
    const event = recorded as unknown as RecordedEvent & ClaimEvent;
    const stamp = { claim_id: event.data.claimId, revision: recorded.revision, last_recorded_at: recorded.recordedAt };
    switch (event.type) {
      case 'ClaimReported': {
        const d = event.data;
        await insertClaim.execute(trx, {
          ...stamp,
          policy_year: d.policyYear,
          case_id: d.caseId,
          person_id: d.personId,
          event_type: d.eventType,
          event_on: d.eventOn,
          reported_on: d.reportedOn,
        });
        return true;
      }
      case 'ClaimDocumentsSubmitted': {
        const { rows } = await selectDocuments.execute(trx, { claim_id: stamp.claim_id });
        const before = rows[0] ? (JSON.parse(rows[0].documents) as string[]) : [];
        const documents = JSON.stringify([...new Set([...before, ...event.data.documents])]);
        return stepped(trx, stamp, submitDocuments.execute(trx, { ...stamp, documents, last_submitted_on: event.data.submittedOn }));
      }
      case 'ClaimSentToInsurer':
        return stepped(trx, stamp, sendToInsurer.execute(trx, { ...stamp, sent_on: event.data.sentOn, insurer_ref: event.data.insurerRef }));
      case 'ClaimSettled':
        return stepped(trx, stamp, settle.execute(trx, { ...stamp, settled_amount_fen: event.data.amountFen, settled_on: event.data.settledOn }));
      case 'ClaimRejected':
        return stepped(trx, stamp, reject.execute(trx, { ...stamp, rejection_reason: event.data.reason, rejected_on: event.data.rejectedOn }));
      case 'ClaimWithdrawn':
        return stepped(trx, stamp, withdraw.execute(trx, { ...stamp, withdrawal_reason: event.data.reason }));
      default: {
        const _exhaustive: never = event;
        return false;
      }
    }
  },
};
