import {
  assertCivilDate,
  requireOneOf,
  requireReason,
  requireText,
  validationFailed,
} from '@careledger/domain-kernel';
import { activityAlreadyExists } from '../shared/care-aid.errors';
import { VENUE_KINDS } from '../shared/care-aid.vocabulary';
import { assertFundCovers, requireCashAid } from '../shared/cash-aid';
import { casesOf, requirePersonRefs } from '../shared/person-ref';
import { sameValue } from '../shared/same-value';
import type { CorrectAttendance, HoldActivity } from './activity.commands';
import type { ActivityDetails, ActivityHeld, AttendanceCorrected } from './activity.events';
import type { ActivityState, HeldActivity } from './activity.state';

export function holdActivity(data: HoldActivity['data'], state: ActivityState): ActivityHeld[] {
  const activity = validateActivity(data);
  if (state.status !== 'initial') {
    // The same recording again (a lost response, a double click) is already done.
    if (sameValue(state.activity, activity)) return [];
    throw activityAlreadyExists(data.activityId);
  }
  assertFundCovers(activity, data.fundRemainingFen);
  const caseIds = casesOf(activity.attendees);
  return [{ type: 'ActivityHeld', data: { activityId: data.activityId, caseIds, ...activity } }];
}

/**
 * Refuses rather than ignores a name already present or already absent: a correction that
 * changes nothing usually means the caseworker is looking at a stale list.
 */
export function correctAttendance(
  data: CorrectAttendance['data'],
  { activity }: HeldActivity,
): AttendanceCorrected[] {
  const reason = requireReason(data.reason);
  const added = requirePersonRefs('add', data.add, { min: 0 });
  const removed = requirePersonRefs('remove', data.remove, { min: 0 });
  if (added.length === 0 && removed.length === 0) {
    const message = 'name at least one attendee to add or remove';
    throw validationFailed('add', message, { rule: 'nothingToCorrect' });
  }
  const attending = new Map(activity.attendees.map((ref) => [ref.personId, ref.caseId]));
  for (const { caseId, personId } of removed) {
    if (attending.get(personId) !== caseId) throw attendanceRefused('remove', 'notAttending', personId);
  }
  const removedIds = new Set(removed.map((ref) => ref.personId));
  for (const { personId } of added) {
    if (removedIds.has(personId)) throw attendanceRefused('add', 'alsoRemoved', personId);
    if (attending.has(personId)) throw attendanceRefused('add', 'alreadyAttending', personId);
  }
  const after = [...activity.attendees.filter((ref) => !removedIds.has(ref.personId)), ...added];
  if (after.length === 0) {
    throw validationFailed('remove', 'an activity keeps at least one attendee', { rule: 'noAttendeesLeft' });
  }
  const caseIds = casesOf(after);
  const { activityId } = data;
  return [{ type: 'AttendanceCorrected', data: { activityId, added, removed, reason, caseIds } }];
}

function validateActivity(data: HoldActivity['data']): ActivityDetails {
  const { cashAidFen, fundId } = requireCashAid(data);
  return {
    venueKind: requireOneOf('venueKind', data.venueKind, VENUE_KINDS),
    venueName: requireText('venueName', data.venueName, { max: 100 }),
    heldOn: assertCivilDate('heldOn', data.heldOn),
    topic: requireText('topic', data.topic, { max: 200 }),
    // `null` is a county-wide activity; a blank string is a mistake, not a county-wide one.
    township: data.township === null ? null : requireText('township', data.township, { max: 50 }),
    attendees: requirePersonRefs('attendees', data.attendees, { min: 1 }),
    cashAidFen,
    fundId,
  };
}

function attendanceRefused(field: 'add' | 'remove', rule: string, personId: string) {
  const message = rule === 'alsoRemoved' ? `${personId} is both added and removed` : `${personId}: ${rule}`;
  return validationFailed(field, message, { rule, personId });
}

