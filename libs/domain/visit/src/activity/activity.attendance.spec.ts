import { deciderSpec, foldEvents } from '@careledger/domain-kernel';
import { countPersons } from '../shared/person-ref';
import {
  activityHeld,
  activityId,
  attendanceCorrected,
  correctAttendance,
  father,
  grandson,
  mother,
  widow,
} from '../testing/activity.fixtures';
import { activityDecider } from './activity.decider';

const spec = deciderSpec(activityDecider);
const held = activityHeld(); // father and mother (c-0001), widow (c-0002)

describe('CorrectAttendance', () => {
  it('adds and removes attendees, carrying the cases attending afterwards', () => {
    spec
      .given([held])
      .when(correctAttendance([grandson], [widow]))
      .then([attendanceCorrected([grandson], [widow], ['c-0001', 'c-0003'])]);
  });

  it('keeps a case while one of its members still attends', () => {
    spec
      .given([held])
      .when(correctAttendance([], [mother]))
      .then([attendanceCorrected([], [mother], ['c-0001', 'c-0002'])]);
  });

  it('folds corrections into the attendance that later corrections check', () => {
    const history = [held, attendanceCorrected([grandson], [widow], ['c-0001', 'c-0003'])];
    const state = foldEvents(activityDecider, history);
    expect(state.status === 'held' && countPersons(state.activity.attendees)).toBe(3);
    spec
      .given(history)
      .when(correctAttendance([widow], []))
      .then([attendanceCorrected([widow], [], ['c-0001', 'c-0003', 'c-0002'])]);
    spec
      .given(history)
      .when(correctAttendance([], [widow]))
      .thenThrows('VALIDATION_FAILED', { field: 'remove', rule: 'notAttending', personId: widow.personId });
  });

  it('refuses removing someone who is not attending, or under another case', () => {
    spec
      .given([held])
      .when(correctAttendance([], [grandson]))
      .thenThrows('VALIDATION_FAILED', {
        field: 'remove',
        rule: 'notAttending',
        personId: grandson.personId,
      });
    spec
      .given([held])
      .when(correctAttendance([], [{ caseId: 'c-0002', personId: father.personId }]))
      .thenThrows('VALIDATION_FAILED', { field: 'remove', rule: 'notAttending' });
  });

  it('refuses adding someone already attending', () => {
    spec
      .given([held])
      .when(correctAttendance([father], []))
      .thenThrows('VALIDATION_FAILED', { field: 'add', rule: 'alreadyAttending', personId: father.personId });
  });

  it('refuses adding and removing the same person', () => {
    spec
      .given([held])
      .when(correctAttendance([father], [father]))
      .thenThrows('VALIDATION_FAILED', { field: 'add', rule: 'alsoRemoved' });
  });

  it('refuses adding the same person twice', () => {
    spec
      .given([held])
      .when(correctAttendance([grandson, grandson], []))
      .thenThrows('VALIDATION_FAILED', { field: 'add', rule: 'duplicate' });
  });

  it('refuses a correction that names nobody', () => {
    spec
      .given([held])
      .when(correctAttendance([], []))
      .thenThrows('VALIDATION_FAILED', { rule: 'nothingToCorrect' });
  });

  it('refuses a correction that leaves nobody attending', () => {
    spec
      .given([held])
      .when(correctAttendance([], [father, mother, widow]))
      .thenThrows('VALIDATION_FAILED', { field: 'remove', rule: 'noAttendeesLeft' });
  });

  it('refuses a correction without a reason', () => {
    spec
      .given([held])
      .when(correctAttendance([grandson], [], ' '))
      .thenThrows('REASON_REQUIRED', { field: 'reason' });
  });

  it('refuses to correct an unknown activity', () => {
    spec
      .given([])
      .when(correctAttendance([grandson], []))
      .thenThrows('NOT_FOUND', { kind: 'activity', activityId });
  });
});
