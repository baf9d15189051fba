import type { Decider } from '@careledger/domain-kernel';
import type { ActivityCommand } from './activity.commands';
import { correctAttendance, holdActivity } from './activity.decisions';
import type { ActivityEvent } from './activity.events';
import { evolveActivity } from './activity.evolve';
import type { ActivityState } from './activity.state';
import { initialActivityState, requireHeld } from './activity.state';

/**
 * One collective activity (集中慰问/活动) at a venue: stream `activity-<activityId>`.
 *
 * @example
 *   const state = foldEvents(activityDecider, await readStream(activityStreamId(activityId)));
 *   const events = activityDecider.decide({ type: 'CorrectAttendance', data: { ... } }, state);
 */
export const activityDecider: Decider<ActivityCommand, ActivityEvent, ActivityState> = {
  initialState: initialActivityState,
  evolve: evolveActivity,
  decide: decideActivity,
};

export function decideActivity(command: ActivityCommand, state: ActivityState): readonly ActivityEvent[] {
  switch (command.type) {
    case 'HoldActivity':
      return holdActivity(command.data, state);
    case 'CorrectAttendance':
      return correctAttendance(command.data, requireHeld(state, command.data.activityId));
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown activity command ${(_exhaustive as { type?: unknown }).type}`);
    }
  }
}
