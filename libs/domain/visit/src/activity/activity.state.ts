import { activityNotFound } from '../shared/care-aid.errors';
import type { ActivityDetails } from './activity.events';

export type InitialActivity = { readonly status: 'initial' };
export type HeldActivity = { readonly status: 'held'; readonly activity: ActivityDetails };

export type ActivityState = InitialActivity | HeldActivity;

export const initialActivityState = (): ActivityState => ({ status: 'initial' });

export function requireHeld(state: ActivityState, activityId: string): HeldActivity {
  if (state.status === 'initial') throw activityNotFound(activityId);
  return state;
}
