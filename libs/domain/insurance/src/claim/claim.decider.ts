import type { Decider } from '@careledger/domain-kernel';
import type { ClaimCommand } from './claim.commands';
import {
  rejectClaim,
  sendClaimToInsurer,
  settleClaim,
  submitClaimDocuments,
  withdrawClaim,
} from './claim.decisions';
import type { ClaimEvent } from './claim.events';
import { evolveClaim } from './claim.evolve';
import type { ClaimState } from './claim.state';
import { initialClaimState, requireStatus } from './claim.state';
import { reportClaim } from './report.decisions';

/**
 * An insured member's claim (理赔): stream `claim-<claimId>`.
 * reported → documents submitted → sent to insurer → settled | rejected; withdrawn before that.
 *
 * @example
 *   const state = foldEvents(claimDecider, await readStream(claimStreamId(claimId)));
 *   const events = claimDecider.decide({ type: 'SettleClaim', data: { ... } }, state);
 */
export const claimDecider: Decider<ClaimCommand, ClaimEvent, ClaimState> = {
  initialState: initialClaimState,
  evolve: evolveClaim,
  decide: decideClaim,
};

// The statuses each command admits are listed here, in one place; the status it would repeat
// is included so that decision can tell an exact retry ([]) from a conflicting second step.
export function decideClaim(command: ClaimCommand, state: ClaimState): readonly ClaimEvent[] {
  const { claimId } = command.data;
  switch (command.type) {
    case 'ReportClaim':
      return reportClaim(command.data, state);
    case 'SubmitClaimDocuments':
      return submitClaimDocuments(
        command.data,
        requireStatus(state, claimId, command.type, ['reported', 'documentsSubmitted']),
      );
    case 'SendClaimToInsurer':
      return sendClaimToInsurer(
        command.data,
        requireStatus(state, claimId, command.type, ['documentsSubmitted', 'sent']),
      );
    case 'SettleClaim':
      return settleClaim(command.data, requireStatus(state, claimId, command.type, ['sent']));
    case 'RejectClaim':
      return rejectClaim(command.data, requireStatus(state, claimId, command.type, ['sent', 'rejected']));
    case 'WithdrawClaim':
      return withdrawClaim(
        command.data,
        requireStatus(state, claimId, command.type, ['reported', 'documentsSubmitted', 'sent', 'withdrawn']),
      );
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown claim command ${(_exhaustive as { type?: unknown }).type}`);
    }
  }
}
