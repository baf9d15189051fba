import {
  catchUpSubscription,
  GENESIS_HASH,
  type EventStore,
  type PersonalDataKeyStore,
  type Subscription,
} from '@careledger/event-store';
import Database from 'better-sqlite3';
import { createAppendToStream } from './append-to-stream';
import { AppendSignal } from './append-signal';
import { createReadAll } from './read-all';
import { createReadStream } from './read-stream';
import { runMigrations } from './sqlite-migration-runner';
import { MIGRATIONS } from './sqlite-migrations';
import { SqlitePersonalDataKeyStore } from './sqlite-personal-data-key-store';
import { createVerifyChain } from './verify-chain';

export interface SqliteEventStoreOptions {
  /** Database file; created (with its schema) when missing. */
  readonly filename: string;
  /**
   * FULL (default): every acknowledged append is fsynced — it survives power loss.
   * NORMAL: in WAL mode the WAL is fsynced only at checkpoints, so a power cut (not a process
   * crash) can lose the last acknowledged appends; the database is never corrupted, and the
   * hash chain stays intact (the lost events are simply absent). Faster; for tests and demos.
   */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** How long an append waits for another connection's write lock before failing. Default 5000. */
  readonly busyTimeoutMs?: number;
  /** How often waiting subscriptions look for appends by other connections. Default 50. */
  readonly pollIntervalMs?: number;
  /** Clock for `schema_migrations.applied_at` only (event times always come from the caller). */
  readonly now?: () => string;
}

/** The connection settings actually in effect, read back from SQLite. */
export interface SqliteConnectionSettings {
  readonly journalMode: string;
  /** 2 = FULL, 1 = NORMAL. */
  readonly synchronous: number;
  readonly busyTimeoutMs: number;
}

export interface SqliteEventStore extends EventStore {
  readonly filename: string;
  /** Personal data keys, on the same connection and database file. */
  readonly personalDataKeys: PersonalDataKeyStore;
  connectionSettings(): SqliteConnectionSettings;
}

/**
 * Opens (and migrates) the embedded event store.
 *
 * @example
 *   const store = openSqliteEventStore({ filename: 'data/careledger.db' });
 *   await store.append('case-42', events, { expectedRevision: 'no_stream' });
 */
export function openSqliteEventStore(options: SqliteEventStoreOptions): SqliteEventStore {
  const config = Object.freeze({
    synchronous: 'FULL' as const,
    busyTimeoutMs: 5000,
    pollIntervalMs: 50,
    now: () => new Date().toISOString(),
    ...options,
  });
  const db = new Database(config.filename);
  try {
    // busy_timeout first: switching to WAL and migrating may have to wait for another process.
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(config.busyTimeoutMs))}`);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${config.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
    db.pragma('secure_delete = ON');
    runMigrations(db, MIGRATIONS, config.now());
  } catch (error) {
    db.close();
    throw error;
  }
  return createStore(db, config.filename, config.pollIntervalMs);
}

function createStore(db: Database.Database, filename: string, pollIntervalMs: number): SqliteEventStore {
  const headRow = db.prepare<[], { position: number; hash: string }>(
    'SELECT position, hash FROM events ORDER BY position DESC LIMIT 1',
  );
  const headPosition = () => headRow.get()?.position ?? 0;
  const appendToStream = createAppendToStream(db);
  const readStream = createReadStream(db);
  const readAll = createReadAll(db);
  const verifyChain = createVerifyChain(db);
  const signal = new AppendSignal(db, headPosition, pollIntervalMs);
  const subscriptions = new Set<Subscription>();
  let closed = false;
  const open = () => {
    if (closed) throw new Error(`SQLite event store ${filename} is closed`);
  };

  return {
    filename,
    personalDataKeys: new SqlitePersonalDataKeyStore(db),
    async append(streamId, events, appendOptions) {
      open();
      const result = appendToStream(streamId, events, appendOptions);
      signal.notify(result.position);
      return result;
    },
    async readStream(streamId, readOptions) {
      open();
      return readStream(streamId, readOptions);
    },
    async readAll(readOptions) {
      open();
      return readAll(readOptions);
    },
    subscribe(subscribeOptions) {
      open();
      const subscription = catchUpSubscription(
        {
          // After close() a subscription may still resume once before it sees it was closed.
          readAll: async (o) => (closed ? [] : readAll(o)),
          headPosition: async () => (closed ? 0 : headPosition()),
          waitForAppend: async (after, abort) => (closed ? undefined : signal.wait(after, abort)),
        },
        subscribeOptions,
        () => subscriptions.delete(subscription),
      );
      subscriptions.add(subscription);
      return subscription;
    },
    async head() {
      open();
      return headRow.get() ?? { position: 0, hash: GENESIS_HASH };
    },
    async verifyChain(range) {
      open();
      return verifyChain(range);
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.close()));
      signal.wakeAll();
      db.close();
    },
    connectionSettings() {
      open();
      return {
        journalMode: db.pragma('journal_mode', { simple: true }) as string,
        synchronous: db.pragma('synchronous', { simple: true }) as number,
        busyTimeoutMs: db.pragma('busy_timeout', { simple: true }) as number,
      };
    },
  };
}
