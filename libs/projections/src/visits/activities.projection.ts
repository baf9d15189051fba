import { countPersons, type ActivityEvent, type PersonRef } from '@careledger/domain-visit';
import type { RecordedEvent } from '@careledger/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import type { Projection } from '../runner/projection';

type Trx = Transaction<ReadModelDatabase>;

/** One row per collective activity with its current attendance, and one row per family attending. */
export const activitiesProjection: Projection = {
  name: 'visits-activity',
  filter: { streamTypes: ['activity'] },
  async apply(trx, recorded) {
    const event = recorded as unknown as RecordedEvent & ActivityEvent;
    const stamp = { revision: recorded.revision, last_recorded_at: recorded.recordedAt };
    switch (event.type) {
      case 'ActivityHeld': {
        const d = event.data;
        await trx
          .insertInto('activity')
          .values({
            activity_id: d.activityId,
            venue_kind: d.venueKind,
            venue_name: d.venueName,
            held_on: d.heldOn,
            topic: d.topic,
            township: d.township,
            ...attendance(d.attendees, d.caseIds),
            cash_aid_fen: d.cashAidFen,
            fund_id: d.fundId,
            correction_count: 0,
            recorded_at: recorded.recordedAt,
            recorded_by: recorded.metadata.actorId,
            ...stamp,
          })
          .onConflict((oc) => oc.column('activity_id').doNothing())
          .execute();
        await replaceCases(trx, d.activityId, d.caseIds);
        return true;
      }
      case 'AttendanceCorrected': {
        const { activityId, added, removed, caseIds } = event.data;
        const row = await trx
          .selectFrom('activity')
          .select(['attendees', 'correction_count'])
          .where('activity_id', '=', activityId)
          .executeTakeFirst();
        if (!row) return true;
        const gone = new Set(removed.map((ref) => ref.personId));
        const before = JSON.parse(row.attendees) as PersonRef[];
        const after = [...before.filter((ref) => !gone.has(ref.personId)), ...added];
        await trx
          .updateTable('activity')
          .set({ ...attendance(after, caseIds), correction_count: row.correction_count + 1, ...stamp })
          .where('activity_id', '=', activityId)
          .execute();
        await replaceCases(trx, activityId, caseIds);
        return true;
      }
      default: {
        const _exhaustive: never = event;
        return false;
      }
    }
  },
};

function attendance(attendees: readonly PersonRef[], caseIds: readonly string[]) {
  return {
    attendees: JSON.stringify(attendees),
    attendee_count: countPersons(attendees),
    case_count: caseIds.length,
  };
}

async function replaceCases(trx: Trx, activityId: string, caseIds: readonly string[]): Promise<void> {
  await trx.deleteFrom('activity_case').where('activity_id', '=', activityId).execute();
  if (caseIds.length === 0) return;
  await trx.insertInto('activity_case').values(caseIds.map((case_id) => ({ activity_id: activityId, case_id }))).execute();
}
