import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, sql, SqliteDialect, type Migration } from 'kysely';
import type { ReadModelDatabase } from './read-model.database';
import { compiledQuery, openSqliteReadModels, TransactionalDdlSqliteDialect, withStatementCache, type QueryParameter } from './sqlite-read-models';

type Contact = ReadModelDatabase['case_contact'];

const insertContact = compiledQuery<Contact>((db, p) =>
  db.insertInto('case_contact').values({ case_id: p('case_id'), role: p('role'), name: p('name'), phone: p('phone') }),
);
const markDied = compiledQuery<{ case_id: string; person_id: string; died_on: string }>((db, p) =>
  db.updateTable('case_member').set({ deceased: 1, died_on: p('died_on') }).where('case_id', '=', p('case_id')).where('person_id', '=', p('person_id')),
);
const contactsOf = compiledQuery((db, p: QueryParameter<{ caseId: string }>) =>
  db.selectFrom('case_contact').select(['role', 'name', 'phone']).where('case_id', '=', p('caseId')).orderBy('role'),
);

describe('SQLite read models: compiled queries and the statement cache', () => {
  let dir: string;
  let db: Kysely<ReadModelDatabase>;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'careledger-read-models-'));
    db = await openSqliteReadModels({ filename: path.join(dir, 'read-models.sqlite') });
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('binds each run its own values, in a transaction, on the database, and across transactions', async () => {
    await db.transaction().execute(async (trx) => {
      await insertContact.execute(trx, { case_id: 'case-1', role: 'VILLAGE', name: '王强', phone: null });
      await insertContact.execute(trx, { case_id: 'case-1', role: 'TOWNSHIP', name: '李梅', phone: '0745-5221234' });
    });
    await insertContact.execute(db, { case_id: 'case-2', role: 'VILLAGE', name: '赵强', phone: null });
    const rows = await db.transaction().execute(async (trx) => (await contactsOf.execute(trx, { caseId: 'case-1' })).rows);
    expect(rows).toEqual([
      { role: 'TOWNSHIP', name: '李梅', phone: '0745-5221234' },
      { role: 'VILLAGE', name: '王强', phone: null },
    ]);
    expect((await contactsOf.execute(db, { caseId: 'case-2' })).rows).toEqual([{ role: 'VILLAGE', name: '赵强', phone: null }]);
  });

  it('keeps the constants the query was built with, binds undefined as null, reports affected rows', async () => {
    await db
      .insertInto('case_member')
      .values({ case_id: 'case-1', person_id: 'p1', ordinal: 0, name: '张建国', id_number_masked: '4312**********031X', relation: 'HEAD', sex: 'MALE', birth_date: '1958-04-12', phone_masked: null, deceased: 0, died_on: '2000-01-01' })
      .execute();
    const died = await markDied.execute(db, { case_id: 'case-1', person_id: 'p1', died_on: undefined as unknown as string });
    expect(died.numAffectedRows).toBe(1n);
    await expect(db.selectFrom('case_member').select(['deceased', 'died_on']).executeTakeFirst()).resolves.toEqual({ deceased: 1, died_on: null });
    expect((await markDied.execute(db, { case_id: 'case-9', person_id: 'p1', died_on: '2023-08-10' })).numAffectedRows).toBe(0n);
  });

  it('runs inside the transaction it is given: a rollback undoes its writes', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await insertContact.execute(trx, { case_id: 'case-1', role: 'VILLAGE', name: '王强', phone: null });
        expect((await contactsOf.execute(trx, { caseId: 'case-1' })).rows).toHaveLength(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await contactsOf.execute(db, { caseId: 'case-1' })).rows).toEqual([]);
  });

  it('outside a transaction waits for the connection: never reads another transaction\'s uncommitted rows', async () => {
    let written!: () => void;
    let release!: () => void;
    const isWritten = new Promise<void>((resolve) => (written = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const transaction = db
      .transaction()
      .execute(async (trx) => {
        await insertContact.execute(trx, { case_id: 'case-1', role: 'VILLAGE', name: '王强', phone: null });
        written();
        await released;
        throw new Error('roll back');
      })
      .catch(() => 'rolled back');
    await isWritten;
    const read = contactsOf.execute(db, { caseId: 'case-1' });
    release();
    await expect(transaction).resolves.toBe('rolled back');
    expect((await read).rows).toEqual([]);
  });

  it('prepares a statement once per SQL text, and a cached one survives a schema change', () => {
    const database = new Database(':memory:');
    const cached = withStatementCache(database);
    database.exec('CREATE TABLE t (a INTEGER)');
    const insert = cached.prepare('INSERT INTO t (a) VALUES (?)');
    expect(cached.prepare('INSERT INTO t (a) VALUES (?)')).toBe(insert);
    database.exec('ALTER TABLE t ADD COLUMN b TEXT');
    insert.run([1]);
    expect(cached.prepare('SELECT a, b FROM t').all([])).toEqual([{ a: 1, b: null }]);
    cached.close();
  });
});

describe('SQLite read models: migrations apply whole or not at all', () => {
  /** Two pending migrations: the first fine, the second adds a column and then fails. */
  const provider = {
    getMigrations: async (): Promise<Record<string, Migration>> => ({
      '0001-table': { up: async (db: Kysely<unknown>) => void (await db.schema.createTable('t').addColumn('a', 'text').execute()) },
      '0002-half': {
        up: async (db: Kysely<unknown>) => {
          await db.schema.alterTable('t').addColumn('b', 'text').execute();
          await sql`SELECT no_such_function()`.execute(db);
        },
      },
    }),
  };
  const columnsOf = (database: Database.Database) =>
    database.prepare("SELECT name FROM pragma_table_info('t') ORDER BY cid").all().map((r) => (r as { name: string }).name);

  it('leaves no table, column or migration record behind when one migration fails', async () => {
    const database = new Database(':memory:');
    const db = new Kysely<unknown>({ dialect: new TransactionalDdlSqliteDialect({ database }) });
    const { error } = await new Migrator({ db, provider }).migrateToLatest();
    expect(error).toBeDefined();
    expect(columnsOf(database)).toEqual([]);
    expect(database.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'kysely_migration'").get()).toEqual({ n: 1 });
    expect(database.prepare('SELECT count(*) AS n FROM kysely_migration').get()).toEqual({ n: 0 });
    await db.destroy();
  });

  it('(Kysely\'s own SQLite adapter would have left the first migration and half the second)', async () => {
    const database = new Database(':memory:');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database }) });
    await new Migrator({ db, provider }).migrateToLatest();
    expect(columnsOf(database)).toEqual(['a', 'b']);
    await db.destroy();
  });
});
