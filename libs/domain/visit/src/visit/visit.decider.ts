import type { Decider } from '@careledger/domain-kernel';
import type { VisitCommand } from './visit.commands';
import { amendVisit, recordVisit, voidVisit } from './visit.decisions';
import type { VisitEvent } from './visit.events';
import { evolveVisit } from './visit.evolve';
import type { VisitState } from './visit.state';
import { initialVisitState, requireExisting, requireRecorded } from './visit.state';

/**
 * One visit (走访慰问): stream `visit-<visitId>`.
 *
 * @example
 *   const state = foldEvents(visitDecider, await readStream(visitStreamId(visitId)));
 *   const fundRemainingFen = await funds.remaining(fundId); // read by the handler
 *   const events = visitDecider.decide({ type: 'RecordVisit', data: { ..., fundRemainingFen } }, state);
 */
export const visitDecider: Decider<VisitCommand, VisitEvent, VisitState> = {
  initialState: initialVisitState,
  evolve: evolveVisit,
  decide: decideVisit,
};

// requireExisting admits voided visits (a repeated void is answered by voidVisit itself);
// requireRecorded refuses them with VISIT_VOIDED; both refuse a missing visit with NOT_FOUND.
export function decideVisit(command: VisitCommand, state: VisitState): readonly VisitEvent[] {
  switch (command.type) {
    case 'RecordVisit':
      return recordVisit(command.data, state);
    case 'AmendVisit':
      return amendVisit(command.data, requireRecorded(state, command.data.visitId));
    case 'VoidVisit':
      return voidVisit(command.data, requireExisting(state, command.data.visitId));
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown visit command ${(_exhaustive as { type?: unknown }).type}`);
    }
  }
}
