import type { Decider } from '@careledger/domain-kernel';
import {
  addCaseNote,
  assignContact,
  changeCategory,
  exitCase,
  openCase,
  reopenCase,
} from './case-file.decisions';
import type { CareCaseCommand } from './care-case.commands';
import type { CareCaseEvent } from './care-case.events';
import { evolveCareCase } from './care-case.evolve';
import type { CareCaseState } from './care-case.state';
import { initialCareCaseState, requireActive, requireOpened } from './care-case.state';
import { correctMemberDetails, recordMemberDeath, registerMember } from './member.decisions';

/**
 * The care case file (关怀档案) of one family: stream `case-<caseId>`.
 *
 * @example
 *   const state = foldEvents(careCaseDecider, await readStream(careCaseStreamId(caseId)));
 *   const events = careCaseDecider.decide({ type: 'ExitCase', data: { ... } }, state);
 */
export const careCaseDecider: Decider<CareCaseCommand, CareCaseEvent, CareCaseState> = {
  initialState: initialCareCaseState,
  evolve: evolveCareCase,
  decide: decideCareCase,
};

// Which status each command needs is visible here: requireOpened admits exited cases too,
// requireActive refuses them with CASE_EXITED; both refuse a missing case with CASE_NOT_FOUND.
export function decideCareCase(command: CareCaseCommand, state: CareCaseState): readonly CareCaseEvent[] {
  switch (command.type) {
    case 'OpenCase':
      return openCase(command.data, state);
    case 'RegisterMember':
      return registerMember(command.data, requireActive(state, command.data.caseId));
    case 'CorrectMemberDetails':
      return correctMemberDetails(command.data, requireOpened(state, command.data.caseId));
    case 'RecordMemberDeath':
      return recordMemberDeath(command.data, requireOpened(state, command.data.caseId));
    case 'ChangeCategory':
      return changeCategory(command.data, requireActive(state, command.data.caseId));
    case 'AssignContact':
      return assignContact(command.data, requireActive(state, command.data.caseId));
    case 'AddCaseNote':
      return addCaseNote(command.data, requireOpened(state, command.data.caseId));
    case 'ExitCase':
      return exitCase(command.data, requireOpened(state, command.data.caseId));
    case 'ReopenCase':
      return reopenCase(command.data, requireOpened(state, command.data.caseId));
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown care-case command ${(_exhaustive as { type?: unknown }).type}`);
    }
  }
}
