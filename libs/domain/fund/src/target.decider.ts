import type { Decider } from '@careledger/domain-kernel';
import type { TargetCommand } from './target.commands';
import { explainTargetDeviation, reviseTarget, setTarget, withdrawTarget } from './target.decisions';
import type { TargetEvent } from './target.events';
import { evolveTargetYear } from './target.evolve';
import type { TargetYearState } from './target.state';
import { initialTargetYearState } from './target.state';

/**
 * The performance targets (绩效目标) of one year: stream `target-<year>`. One stream per year, not
 * per indicator, because the 100-point weight budget is a rule across the year's indicators.
 *
 * @example
 *   const state = foldEvents(targetDecider, await readStream(targetStreamId(2023)));
 *   const events = targetDecider.decide({ type: 'SetTarget', data: { ... } }, state);
 */
export const targetDecider: Decider<TargetCommand, TargetEvent, TargetYearState> = {
  initialState: initialTargetYearState,
  evolve: evolveTargetYear,
  decide: decideTarget,
};

export function decideTarget(command: TargetCommand, state: TargetYearState): readonly TargetEvent[] {
  switch (command.type) {
    case 'SetTarget':
      return setTarget(command.data, state);
    case 'ReviseTarget':
      return reviseTarget(command.data, state);
    case 'WithdrawTarget':
      return withdrawTarget(command.data, state);
    case 'ExplainTargetDeviation':
      return explainTargetDeviation(command.data, state);
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown target command ${(_exhaustive as { type?: unknown }).type}`);
    }
  }
}
