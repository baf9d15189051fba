import type { Decider } from '@careledger/domain-kernel';
import { adjustAllocation, allocateBudget, receiveFunds } from './budget.decisions';
import { recordExpenditure, reverseExpenditure } from './expenditure.decisions';
import type { FundCommand } from './fund.commands';
import type { FundEvent } from './fund.events';
import { evolveFund } from './fund.evolve';
import type { FundState } from './fund.state';
import { initialFundState, requireOpen } from './fund.state';

/**
 * One fund of one budget year (e.g. 生育关怀行动专项经费 2023): stream `fund-<year>-<code>`.
 *
 * @example
 *   const state = foldEvents(fundDecider, await readStream(fundStreamId('2023-care-action')));
 *   const events = fundDecider.decide({ type: 'RecordExpenditure', data: { ... } }, state);
 */
export const fundDecider: Decider<FundCommand, FundEvent, FundState> = {
  initialState: initialFundState,
  evolve: evolveFund,
  decide: decideFund,
};

// Every command but the first needs the fund to exist (NOT_FOUND, kind 'fund', otherwise).
export function decideFund(command: FundCommand, state: FundState): readonly FundEvent[] {
  switch (command.type) {
    case 'AllocateBudget':
      return allocateBudget(command.data, state);
    case 'ReceiveFunds':
      return receiveFunds(command.data, requireOpen(state, command.data.fundId));
    case 'RecordExpenditure':
      return recordExpenditure(command.data, requireOpen(state, command.data.fundId));
    case 'ReverseExpenditure':
      return reverseExpenditure(command.data, requireOpen(state, command.data.fundId));
    case 'AdjustAllocation':
      return adjustAllocation(command.data, requireOpen(state, command.data.fundId));
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown fund command ${(_exhaustive as { type?: unknown }).type}`);
    }
  }
}
