import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EventStore } from '@careledger/event-store';
import type { EventStoreContractHarness, RawEventRow } from '@careledger/event-store/testing';
import Database from 'better-sqlite3';
import { openSqliteEventStore, type SqliteEventStore, type SqliteEventStoreOptions } from '../sqlite-event-store';

/** A fresh database file in its own temp folder, removed again by `removeTempDir`. */
export function tempDatabase(): { dir: string; filename: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'careledger-es-'));
  return { dir, filename: path.join(dir, 'events.db') };
}

export const removeTempDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/**
 * The contract harness for SQLite. Tampering goes through a raw better-sqlite3 connection that
 * first drops the append-only triggers — exactly what someone with the file in hand could do.
 */
export function sqliteContractHarness(options: Partial<SqliteEventStoreOptions> = {}): EventStoreContractHarness & {
  readonly store: SqliteEventStore;
} {
  const { dir, filename } = tempDatabase();
  const open = () => openSqliteEventStore({ synchronous: 'NORMAL', pollIntervalMs: 10, ...options, filename });
  const store = open();
  const others: EventStore[] = [];
  const raw = new Database(filename);
  raw.pragma('busy_timeout = 5000');
  const tamper = (sql: string, ...params: unknown[]) => {
    raw.exec('DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;');
    raw.prepare(sql).run(...params);
  };

  return {
    store,
    keyStore: store.personalDataKeys,
    async openSecondConnection() {
      const other = open();
      others.push(other);
      return other;
    },
    async rawEventRows() {
      return raw
        .prepare<[], RawEventRow>(
          'SELECT position, stream_id AS streamId, type, data, metadata FROM events ORDER BY position',
        )
        .all();
    },
    tamper: {
      async flipDataByte(position) {
        const data = raw.prepare<[number], string>('SELECT data FROM events WHERE position = ?').pluck().get(position);
        if (data === undefined) throw new Error(`no row at ${position}`);
        const i = Math.floor(data.length / 2);
        const flipped = data.slice(0, i) + String.fromCharCode(data.charCodeAt(i) ^ 1) + data.slice(i + 1);
        tamper('UPDATE events SET data = ? WHERE position = ?', flipped, position);
      },
      async deleteRow(position) {
        tamper('DELETE FROM events WHERE position = ?', position);
      },
      async swapRows(a, b) {
        const parked = -1_000_000;
        tamper('UPDATE events SET position = ? WHERE position = ?', parked, a);
        tamper('UPDATE events SET position = ? WHERE position = ?', a, b);
        tamper('UPDATE events SET position = ? WHERE position = ?', b, parked);
      },
    },
    async dispose() {
      await Promise.all([store, ...others].map((s) => s.close()));
      raw.close();
      removeTempDir(dir);
    },
  };
}
