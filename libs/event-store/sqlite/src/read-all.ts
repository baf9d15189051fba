import type { EventFilter, ReadAllOptions, RecordedEvent } from '@careledger/event-store';
import type Database from 'better-sqlite3';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-row';
import { checkedLimit } from './read-stream';

type ReadAll = (options?: ReadAllOptions) => readonly RecordedEvent[];

/**
 * Reads the global log after a position. Filters become `IN (json_each(?))` on the indexed
 * stream_type / type columns, so there are only four statement shapes to prepare. An empty list
 * in a filter matches nothing (a set with no members), unlike an absent one.
 */
export function createReadAll(db: Database.Database): ReadAll {
  const statements = new Map<string, Database.Statement<unknown[], EventRow>>();
  const statementFor = (filter: EventFilter) => {
    const key = `${filter.streamTypes ? 's' : ''}${filter.eventTypes ? 'e' : ''}`;
    let statement = statements.get(key);
    if (!statement) {
      const where = ['position > ?'];
      if (filter.streamTypes) where.push('stream_type IN (SELECT value FROM json_each(?))');
      if (filter.eventTypes) where.push('type IN (SELECT value FROM json_each(?))');
      statement = db.prepare<unknown[], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY position ASC LIMIT ?`,
      );
      statements.set(key, statement);
    }
    return statement;
  };

  return (options = {}) => {
    const filter = options.filter ?? {};
    const limit = checkedLimit(options.limit);
    if (limit === 0 || filter.streamTypes?.length === 0 || filter.eventTypes?.length === 0) return [];
    const params: unknown[] = [options.fromPosition ?? 0];
    if (filter.streamTypes) params.push(JSON.stringify(filter.streamTypes));
    if (filter.eventTypes) params.push(JSON.stringify(filter.eventTypes));
    params.push(limit);
    return statementFor(filter).all(...params).map(toRecordedEvent);
  };
}
