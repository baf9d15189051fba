import type { Decider } from '@careledger/domain-kernel';
import { enrolMember, removeMember } from './enrolment.decisions';
import type { PolicyCommand } from './policy.commands';
import { purchasePolicy } from './policy.decisions';
import type { PolicyEvent } from './policy.events';
import { evolvePolicy } from './policy.evolve';
import type { PolicyState } from './policy.state';
import { initialPolicyState, requirePurchased } from './policy.state';

/**
 * The yearly group health policy (计生特殊家庭健康保险): stream `policy-<year>`.
 *
 * @example
 *   const state = foldEvents(policyDecider, await readStream(policyStreamId(2023)));
 *   const events = policyDecider.decide({ type: 'EnrolMember', data: { ... } }, state);
 */
export const policyDecider: Decider<PolicyCommand, PolicyEvent, PolicyState> = {
  initialState: initialPolicyState,
  evolve: evolvePolicy,
  decide: decidePolicy,
};

export function decidePolicy(command: PolicyCommand, state: PolicyState): readonly PolicyEvent[] {
  switch (command.type) {
    case 'PurchasePolicy':
      return purchasePolicy(command.data, state);
    case 'EnrolMember':
      return enrolMember(command.data, requirePurchased(state, command.data.year));
    case 'RemoveMember':
      return removeMember(command.data, requirePurchased(state, command.data.year));
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown policy command ${(_exhaustive as { type?: unknown }).type}`);
    }
  }
}
