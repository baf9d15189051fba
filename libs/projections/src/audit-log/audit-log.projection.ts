import { streamTypeOf } from '@careledger/event-store';
import { sql } from 'kysely';
import { maskPersonalData } from '../case-timeline/mask-personal-data';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { compiledQuery } from '../read-model/sqlite-read-models';
import type { Projection } from '../runner/projection';
import { auditPersonalDataPolicy } from './audit-personal-data';
import { businessDayOf } from './business-day';
import { casesOfEvent } from './cases-touched';

type AuditRow = ReadModelDatabase['audit_event'];

const insertEvent = compiledQuery<AuditRow>((db, p) =>
  db.insertInto('audit_event').values({
    position: p('position'),
    event_id: p('event_id'),
    stream_id: p('stream_id'),
    stream_type: p('stream_type'),
    revision: p('revision'),
    type: p('type'),
    schema_version: p('schema_version'),
    data: p('data'),
    recorded_at: p('recorded_at'),
    business_date: p('business_date'),
    effective_date: p('effective_date'),
    actor_id: p('actor_id'),
    actor_role: p('actor_role'),
    actor_township: p('actor_township'),
    reason: p('reason'),
    command_id: p('command_id'),
    correlation_id: p('correlation_id'),
    causation_id: p('causation_id'),
    prev_hash: p('prev_hash'),
    hash: p('hash'),
  }),
);

/**
 * The cases a stream's first event named (the audit log's own memory, so rebuilds agree). The
 * revision is written into the SQL, not bound, so SQLite can use the partial index over first
 * events (migration 0013).
 */
const firstEventCases = compiledQuery<{ stream_id: string }, { case_id: string }>((db, p) =>
  db
    .selectFrom('audit_event')
    .innerJoin('audit_event_case', 'audit_event_case.position', 'audit_event.position')
    .where('audit_event.stream_id', '=', p('stream_id'))
    .where('audit_event.revision', '=', sql.lit(0))
    .select('audit_event_case.case_id'),
);

const insertCase = compiledQuery<ReadModelDatabase['audit_event_case']>((db, p) =>
  db.insertInto('audit_event_case').values({ case_id: p('case_id'), position: p('position') }),
);

/**
 * The auditor's view of the log: every event of every stream, one row each, with all its
 * metadata and its place in the hash chain, payload masked. It never skips an event: an audit
 * trail with holes would answer "who did what" wrongly without saying so.
 */
export const auditLogProjection: Projection = {
  name: 'audit-log',
  filter: {},
  async apply(trx, event) {
    const m = event.metadata;
    await insertEvent.execute(trx, {
      position: event.position,
      event_id: event.id,
      stream_id: event.streamId,
      stream_type: streamTypeOf(event.streamId),
      revision: event.revision,
      type: event.type,
      schema_version: event.schemaVersion,
      data: JSON.stringify(maskPersonalData(event.type, event.data, auditPersonalDataPolicy)),
      recorded_at: event.recordedAt,
      business_date: m.businessDate ?? null,
      effective_date: businessDayOf(event),
      actor_id: m.actorId,
      actor_role: m.actorRole,
      actor_township: m.actorTownship,
      reason: m.reason ?? null,
      command_id: m.commandId,
      correlation_id: m.correlationId,
      causation_id: m.causationId,
      prev_hash: event.prevHash,
      hash: event.hash,
    });
    const caseIds = await casesOfEvent(event, async (streamId) =>
      (await firstEventCases.execute(trx, { stream_id: streamId })).rows.map((r) => r.case_id),
    );
    for (const caseId of caseIds) await insertCase.execute(trx, { case_id: caseId, position: event.position });
    return true;
  },
};
