/**
 * Commands to a collective-activity stream. `fundRemainingFen` is the charged fund's balance as
 * the handler read it (see `assertFundCovers` for the consistency this gives).
 */
import type { PersonRef } from '../shared/person-ref';
import type { VenueKind } from '../shared/care-aid.vocabulary';

export type HoldActivity = {
  readonly type: 'HoldActivity';
  readonly data: {
    readonly activityId: string;
    readonly venueKind: VenueKind;
    readonly venueName: string;
    readonly heldOn: string;
    readonly topic: string;
    readonly township: string | null;
    readonly attendees: readonly PersonRef[];
    readonly cashAidFen: number;
    /** Required when `cashAidFen` > 0, absent or null otherwise. */
    readonly fundId: string | null;
    /** Required when `cashAidFen` > 0. */
    readonly fundRemainingFen?: number | null;
  };
};

/** Attendance is corrected by difference, so two people correcting different names do not clash. */
export type CorrectAttendance = {
  readonly type: 'CorrectAttendance';
  readonly data: {
    readonly activityId: string;
    readonly add: readonly PersonRef[];
    readonly remove: readonly PersonRef[];
    readonly reason: string;
  };
};

export type ActivityCommand = HoldActivity | CorrectAttendance;

export type ActivityCommandType = ActivityCommand['type'];
