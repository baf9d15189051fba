import {
  assertExpectedRevision,
  computeEventHashFromJson,
  GENESIS_HASH,
  prepareEvents,
  resolveIdempotentResend,
  streamTypeOf,
  type AppendOptions,
  type AppendResult,
  type ExpectedRevision,
  type NewEvent,
  type PreparedEvent,
  type StoredForIdempotency,
} from '@careledger/event-store';
import type Database from 'better-sqlite3';

type AppendToStream = (streamId: string, events: readonly NewEvent[], options?: AppendOptions) => AppendResult;

/**
 * Everything an append decides happens inside one `BEGIN IMMEDIATE` transaction: it takes the
 * write lock up front, so a second connection or process waits (busy_timeout) instead of reading
 * a head that is about to change. Idempotency, the expected revision, the gapless position and
 * the previous hash are therefore all read from the state the insert builds on.
 */
export function createAppendToStream(db: Database.Database): AppendToStream {
  const storedByIds = db.prepare<[string], StoredForIdempotency>(
    `SELECT id, stream_id AS streamId, revision, position, type, schema_version AS schemaVersion, data AS dataJson
       FROM events WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const lastRevision = db
    .prepare<[string], number | null>('SELECT max(revision) FROM events WHERE stream_id = ?')
    .pluck();
  const head = db.prepare<[], { position: number; hash: string }>(
    'SELECT position, hash FROM events ORDER BY position DESC LIMIT 1',
  );
  const insert = db.prepare<(string | number)[]>(
    `INSERT INTO events (position, id, stream_id, stream_type, revision, type, schema_version, data, metadata,
                         recorded_at, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const append = db.transaction((streamId: string, batch: readonly PreparedEvent[], expected: ExpectedRevision) => {
    const stored = batch.length > 0 ? storedByIds.all(JSON.stringify(batch.map((e) => e.id))) : [];
    const original = resolveIdempotentResend(streamId, batch, stored);
    if (original) return original;

    const current = lastRevision.get(streamId) ?? null;
    assertExpectedRevision(streamId, expected, current);
    const last = head.get() ?? { position: 0, hash: GENESIS_HASH };

    let position = last.position;
    let revision = current ?? -1;
    let prevHash = last.hash;
    const streamType = streamTypeOf(streamId);
    for (const event of batch) {
      position += 1;
      revision += 1;
      const hash = computeEventHashFromJson(prevHash, { ...event, streamId, revision, position });
      const { id, type, schemaVersion, dataJson, metadataJson, recordedAt } = event;
      const columns = [position, id, streamId, streamType, revision, type, schemaVersion, dataJson, metadataJson];
      insert.run(...columns, recordedAt, prevHash, hash);
      prevHash = hash;
    }
    return { nextExpectedRevision: revision, position };
  });

  // Validation and canonical JSON happen before the write lock is taken, keeping it short.
  return (streamId, events, options = {}) =>
    append.immediate(streamId, prepareEvents(streamId, events), options.expectedRevision ?? 'any');
}
