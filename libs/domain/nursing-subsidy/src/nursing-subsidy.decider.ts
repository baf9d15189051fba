import type { Decider } from '@careledger/domain-kernel';
import { applyForSubsidy, supplementDocuments, withdrawApplication } from './application.decisions';
import type { NursingSubsidyCommand } from './nursing-subsidy.commands';
import type { NursingSubsidyEvent } from './nursing-subsidy.events';
import { evolveNursingSubsidy } from './nursing-subsidy.evolve';
import type { NursingSubsidyState } from './nursing-subsidy.state';
import { initialNursingSubsidyState, requireExisting } from './nursing-subsidy.state';
import {
  confirmPayment,
  issuePayment,
  recordPaymentFailure,
  reissuePayment,
  settleReimbursement,
  submitToSunshine,
} from './payment.decisions';
import { closeNotice, postNotice, refuseAfterNotice, reviewByCounty, reviewByTownship } from './review.decisions';

/**
 * One nursing-subsidy application (重病大病住院护理补贴) for one hospital stay: stream
 * `subsidy-<applicationId>`.
 *
 * @example
 *   const state = foldEvents(nursingSubsidyDecider, await readStream(nursingSubsidyStreamId(id)));
 *   const events = nursingSubsidyDecider.decide({ type: 'ReviewByTownship', data: { ... } }, state);
 */
export const nursingSubsidyDecider: Decider<
  NursingSubsidyCommand,
  NursingSubsidyEvent,
  NursingSubsidyState
> = {
  initialState: initialNursingSubsidyState,
  evolve: evolveNursingSubsidy,
  decide: decideNursingSubsidy,
};

// Every command but the first needs the application to exist (NOT_FOUND otherwise); each decision
// then names the statuses it accepts and refuses the others with INVALID_TRANSITION.
export function decideNursingSubsidy(
  command: NursingSubsidyCommand,
  state: NursingSubsidyState,
): readonly NursingSubsidyEvent[] {
  if (command.type === 'ApplyForSubsidy') return applyForSubsidy(command.data, state);
  const existing = requireExisting(state, command.data.applicationId);
  switch (command.type) {
    case 'SupplementDocuments':
      return supplementDocuments(command.data, existing);
    case 'ReviewByTownship':
      return reviewByTownship(command.data, existing);
    case 'ReviewByCounty':
      return reviewByCounty(command.data, existing);
    case 'PostNotice':
      return postNotice(command.data, existing);
    case 'CloseNotice':
      return closeNotice(command.data, existing);
    case 'RefuseAfterNotice':
      return refuseAfterNotice(command.data, existing);
    case 'SubmitToSunshine':
      return submitToSunshine(command.data, existing);
    case 'IssuePayment':
      return issuePayment(command.data, existing);
    case 'ConfirmPayment':
      return confirmPayment(command.data, existing);
    case 'RecordPaymentFailure':
      return recordPaymentFailure(command.data, existing);
    case 'ReissuePayment':
      return reissuePayment(command.data, existing);
    case 'SettleReimbursement':
      return settleReimbursement(command.data, existing);
    case 'WithdrawApplication':
      return withdrawApplication(command.data, existing);
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown nursing-subsidy command ${(_exhaustive as { type?: unknown }).type}`);
    }
  }
}
