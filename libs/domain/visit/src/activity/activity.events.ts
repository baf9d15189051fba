/**
 * Events of a collective-activity stream (`activity-<activityId>`). Past tense, readonly plain
 * data. Every event carries `caseIds`, the distinct cases of the current attendees, so a timeline
 * projection can place it on each family's timeline without folding the stream.
 */
import type { PersonRef } from '../shared/person-ref';
import type { VenueKind } from '../shared/care-aid.vocabulary';

export type ActivityDetails = {
  readonly venueKind: VenueKind;
  /** E.g. '孝坪镇暖心家园'. */
  readonly venueName: string;
  /** Civil date the activity took place. */
  readonly heldOn: string;
  readonly topic: string;
  /** Township code, or `null` for a county-wide activity. */
  readonly township: string | null;
  /** Each person once: "people reached" counts these. */
  readonly attendees: readonly PersonRef[];
  /** Cash handed out in total; charged to `fundId`, which is null exactly when this is 0. */
  readonly cashAidFen: number;
  readonly fundId: string | null;
};

export type ActivityHeld = {
  readonly type: 'ActivityHeld';
  readonly data: { readonly activityId: string; readonly caseIds: readonly string[] } & ActivityDetails;
};

export type AttendanceCorrected = {
  readonly type: 'AttendanceCorrected';
  readonly data: {
    readonly activityId: string;
    readonly added: readonly PersonRef[];
    readonly removed: readonly PersonRef[];
    readonly reason: string;
    /** The cases of the attendees after the correction. */
    readonly caseIds: readonly string[];
  };
};

export type ActivityEvent = ActivityHeld | AttendanceCorrected;

export type ActivityEventType = ActivityEvent['type'];
