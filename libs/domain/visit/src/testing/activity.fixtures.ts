import type { CorrectAttendance, HoldActivity } from '../activity/activity.commands';
import type { ActivityDetails, ActivityHeld, AttendanceCorrected } from '../activity/activity.events';
import type { PersonRef } from '../shared/person-ref';

/** Test data for activity specs: a Mid-Autumn gathering at 孝坪镇's warm-heart home. */
export const activityId = 'a-0001';

export const father: PersonRef = { caseId: 'c-0001', personId: 'p-father' };
export const mother: PersonRef = { caseId: 'c-0001', personId: 'p-mother' };
export const widow: PersonRef = { caseId: 'c-0002', personId: 'p-widow' };
export const grandson: PersonRef = { caseId: 'c-0003', personId: 'p-grandson' };

export const activity: ActivityDetails = {
  venueKind: 'WARM_HEART_HOME',
  venueName: '孝坪镇暖心家园',
  heldOn: '2023-09-28',
  topic: '中秋团圆会',
  township: 'CX-XP',
  attendees: [father, mother, widow],
  cashAidFen: 0,
  fundId: null,
};

export function holdActivity(overrides: Partial<HoldActivity['data']> = {}): HoldActivity {
  return { type: 'HoldActivity', data: { activityId, ...activity, ...overrides } };
}

export function activityHeld(
  overrides: Partial<ActivityDetails> = {},
  caseIds = ['c-0001', 'c-0002'],
): ActivityHeld {
  return { type: 'ActivityHeld', data: { activityId, caseIds, ...activity, ...overrides } };
}

export function correctAttendance(
  add: PersonRef[],
  remove: PersonRef[],
  reason = '签到表核对',
): CorrectAttendance {
  return { type: 'CorrectAttendance', data: { activityId, add, remove, reason } };
}

export function attendanceCorrected(
  added: PersonRef[],
  removed: PersonRef[],
  caseIds: string[],
  reason = '签到表核对',
): AttendanceCorrected {
  return { type: 'AttendanceCorrected', data: { activityId, added, removed, reason, caseIds } };
}
