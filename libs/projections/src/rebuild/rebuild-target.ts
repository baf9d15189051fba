import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { migrateReadModels } from '../read-model/read-model.migrations';
import { withStatementCache } from '../read-model/sqlite-read-models';

/**
 * Opens (and migrates) a read-model database to rebuild into. Like the live one (same schema and
 * migrations, prepared statements cached), so its tables can be compared with and swapped into
 * the live ones; but synchronous=OFF: a crash mid-rebuild loses a temporary file that is thrown
 * away anyway.
 */
export async function openRebuildTarget(filename: string): Promise<Kysely<ReadModelDatabase>> {
  const database = new Database(filename);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = OFF');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<ReadModelDatabase>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  await migrateReadModels(db as Kysely<unknown>);
  return db;
}
