import { anEvent } from '@careledger/event-store/testing';
import Database from 'better-sqlite3';
import { openSqliteEventStore } from './sqlite-event-store';
import { runMigrations } from './sqlite-migration-runner';
import { MIGRATIONS, type Migration } from './sqlite-migrations';
import { removeTempDir, tempDatabase } from './testing/sqlite-contract.harness';

const AT = '2024-03-01T08:00:00.000Z';

describe('SQLite event store: connection and schema', () => {
  let dir: string;
  let filename: string;
  beforeEach(() => ({ dir, filename } = tempDatabase()));
  afterEach(() => removeTempDir(dir));

  it('runs in WAL mode with synchronous FULL by default, NORMAL on request, and the busy timeout', async () => {
    const durable = openSqliteEventStore({ filename });
    expect(durable.connectionSettings()).toEqual({ journalMode: 'wal', synchronous: 2, busyTimeoutMs: 5000 });
    const fast = openSqliteEventStore({ filename, synchronous: 'NORMAL', busyTimeoutMs: 250 });
    expect(fast.connectionSettings()).toEqual({ journalMode: 'wal', synchronous: 1, busyTimeoutMs: 250 });
    await Promise.all([durable.close(), fast.close()]);
  });

  it('keeps appended events across close and re-open', async () => {
    const first = openSqliteEventStore({ filename });
    const event = anEvent('CaseOpened');
    await first.append('case-1', [event]);
    const head = await first.head();
    await first.close();

    const reopened = openSqliteEventStore({ filename });
    expect((await reopened.readStream('case-1')).map((e) => e.id)).toEqual([event.id]);
    expect(await reopened.head()).toEqual(head);
    await expect(reopened.verifyChain()).resolves.toMatchObject({ ok: true, checked: 1 });
    await reopened.close();
  });

  it('refuses UPDATE and DELETE on events at the SQL level', async () => {
    const store = openSqliteEventStore({ filename });
    await store.append('case-1', [anEvent()]);
    await store.close();
    const raw = new Database(filename);
    expect(() => raw.exec("UPDATE events SET type = 'X'")).toThrow(/append-only/);
    expect(() => raw.exec('DELETE FROM events')).toThrow(/append-only/);
    raw.close();
  });

  describe('migrations', () => {
    const versions = (db: Database.Database) =>
      db.prepare<[], number>('SELECT version FROM schema_migrations ORDER BY version').pluck().all();

    it('records each migration once; re-opening applies nothing', async () => {
      await openSqliteEventStore({ filename }).close();
      await openSqliteEventStore({ filename }).close();
      const db = new Database(filename);
      expect(versions(db)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(runMigrations(db, MIGRATIONS, AT)).toEqual([]);
      expect(versions(db)).toEqual(MIGRATIONS.map((m) => m.version));
      db.close();
    });

    it('applies only the new ones, in version order', () => {
      const db = new Database(filename);
      expect(runMigrations(db, MIGRATIONS.slice(0, 1), AT)).toEqual([1]);
      expect(runMigrations(db, [...MIGRATIONS].reverse(), AT)).toEqual([2]);
      db.close();
    });

    it('rolls back the whole run when a migration fails', () => {
      const db = new Database(filename);
      const broken: Migration = { version: 3, name: 'broken', sql: 'CREATE TABLE nope (' };
      expect(() => runMigrations(db, [...MIGRATIONS, broken], AT)).toThrow();
      const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
      expect(tables).toEqual([]);
      db.close();
    });

    it('refuses a database whose applied migration was edited since', () => {
      const db = new Database(filename);
      runMigrations(db, MIGRATIONS, AT);
      const edited = MIGRATIONS.map((m) => (m.version === 2 ? { ...m, sql: `${m.sql} ` } : m));
      expect(() => runMigrations(db, edited, AT)).toThrow(/edited/);
      db.close();
    });
  });
});
