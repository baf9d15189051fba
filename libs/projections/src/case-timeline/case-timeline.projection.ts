import type { RecordedEvent } from '@careledger/event-store';
import { sql } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { compiledQuery } from '../read-model/sqlite-read-models';
import type { Projection } from '../runner/projection';
import { auditPersonalDataPolicy } from '../audit-log/audit-personal-data';
import { casesOfEvent } from '../audit-log/cases-touched';
import { maskPersonalData } from './mask-personal-data';

export type CaseTimelineRow = Omit<ReadModelDatabase['case_timeline'], 'id'>;

const insertRow = compiledQuery<CaseTimelineRow>((db, p) =>
  db.insertInto('case_timeline').values({
    case_id: p('case_id'),
    position: p('position'),
    event_id: p('event_id'),
    stream_id: p('stream_id'),
    revision: p('revision'),
    type: p('type'),
    data: p('data'),
    recorded_at: p('recorded_at'),
    business_date: p('business_date'),
    actor_id: p('actor_id'),
    actor_role: p('actor_role'),
    actor_township: p('actor_township'),
    reason: p('reason'),
    command_id: p('command_id'),
    correlation_id: p('correlation_id'),
    causation_id: p('causation_id'),
  }),
);

/**
 * The cases a stream's first event named, from the timeline itself (so rebuilds agree). The
 * revision is written into the SQL, not bound, so SQLite can use the partial index over first
 * events (migration 0013).
 */
const firstEventCases = compiledQuery<{ stream_id: string }, { case_id: string }>((db, p) =>
  db.selectFrom('case_timeline').where('stream_id', '=', p('stream_id')).where('revision', '=', sql.lit(0)).select('case_id'),
);

/** Every event touching a case, with its metadata, in log order: who, when, what, why. */
export const caseTimelineProjection: Projection = {
  name: 'case-timeline',
  // Every stream type: visits, applications, claims, enrolments and fund spending on a family
  // all belong on its timeline (see casesOfEvent for how a later event finds its case).
  filter: {},
  async apply(trx, event) {
    const caseIds = await casesOfEvent(event, async (streamId) =>
      (await firstEventCases.execute(trx, { stream_id: streamId })).rows.map((r) => r.case_id),
    );
    // An event of no family (a fund's budget, a policy's terms) is handled: it simply adds no row.
    // One row per case, in the order listed (as one multi-row INSERT would); the masked payload
    // is the same for each, so it is built once (an activity reaches dozens of families).
    if (caseIds.length === 0) return true;
    const row = caseTimelineRow(caseIds[0]!, event);
    for (const caseId of caseIds) await insertRow.execute(trx, { ...row, case_id: caseId });
    return true;
  },
};

/**
 * The timeline row of one event for one case: what happened (payload with personal data masked),
 * who, when and why. The live projection and time travel both build rows with it.
 */
export function caseTimelineRow(caseId: string, event: RecordedEvent): CaseTimelineRow {
  const m = event.metadata;
  return {
    case_id: caseId,
    position: event.position,
    event_id: event.id,
    stream_id: event.streamId,
    revision: event.revision,
    type: event.type,
    data: JSON.stringify(maskPersonalData(event.type, event.data, auditPersonalDataPolicy)),
    recorded_at: event.recordedAt,
    business_date: m.businessDate ?? null,
    actor_id: m.actorId,
    actor_role: m.actorRole,
    actor_township: m.actorTownship,
    reason: m.reason ?? null,
    command_id: m.commandId,
    correlation_id: m.correlationId,
    causation_id: m.causationId,
  };
}
