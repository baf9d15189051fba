import type { ReadStreamOptions, RecordedEvent } from '@careledger/event-store';
import type Database from 'better-sqlite3';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-row';

type ReadStream = (streamId: string, options?: ReadStreamOptions) => readonly RecordedEvent[];

/** Reads one stream through the UNIQUE (stream_id, revision) index, in either direction. */
export function createReadStream(db: Database.Database): ReadStream {
  // LIMIT -1 is SQLite for "no limit"; one statement per direction keeps the plans fixed.
  const forwards = db.prepare<[string, number, number], EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`,
  );
  const backwards = db.prepare<[string, number, number], EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
  );

  return (streamId, options = {}) => {
    const limit = checkedLimit(options.limit);
    if (limit === 0) return [];
    const rows =
      options.direction === 'backwards'
        ? backwards.all(streamId, options.from ?? Number.MAX_SAFE_INTEGER, limit)
        : forwards.all(streamId, options.from ?? 0, limit);
    return rows.map(toRecordedEvent);
  };
}

/** -1 (no limit) when absent; otherwise a non-negative integer. */
export function checkedLimit(limit: number | undefined): number {
  if (limit === undefined) return -1;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  return limit;
}
