import type { ActivityEvent } from './activity.events';
import type { ActivityState } from './activity.state';

/** Folds one event into the state; total, like every evolve (see care-case). */
export function evolveActivity(state: ActivityState, event: ActivityEvent): ActivityState {
  switch (event.type) {
    case 'ActivityHeld': {
      const { activityId: _activityId, caseIds: _caseIds, ...activity } = event.data;
      return { status: 'held', activity };
    }
    case 'AttendanceCorrected': {
      if (state.status !== 'held') return state;
      const removed = new Set(event.data.removed.map((ref) => ref.personId));
      const attendees = [
        ...state.activity.attendees.filter((ref) => !removed.has(ref.personId)),
        ...event.data.added,
      ];
      return { status: 'held', activity: { ...state.activity, attendees } };
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
