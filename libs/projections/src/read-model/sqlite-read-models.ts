import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { ReadModelDatabase } from './read-model.database';
import { migrateReadModels } from './read-model.migrations';

export interface SqliteReadModelOptions {
  readonly filename: string;
  /** See the event store's setting: FULL survives power loss; read models can always be rebuilt. */
  readonly synchronous?: 'FULL' | 'NORMAL';
}

/** Opens (and migrates) the embedded read-model database. */
export async function openSqliteReadModels(options: SqliteReadModelOptions): Promise<Kysely<ReadModelDatabase>> {
  const database = new Database(options.filename);
  database.pragma('journal_mode = WAL');
  database.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<ReadModelDatabase>({ dialect: new SqliteDialect({ database }) });
  await migrateReadModels(db as Kysely<unknown>);
  return db;
}
