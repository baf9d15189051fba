import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { readModelsOn } from '../read-model/sqlite-read-models';

/**
 * Opens (and migrates) a read-model database to rebuild into. Like the live one (same schema,
 * migrations and query execution), so its tables can be compared with and swapped into the live
 * ones; but synchronous=OFF: a crash mid-rebuild loses a temporary file that is thrown away anyway.
 */
export async function openRebuildTarget(filename: string): Promise<Kysely<ReadModelDatabase>> {
  const database = new Database(filename);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = OFF');
  database.pragma('busy_timeout = 5000');
  return readModelsOn(database);
}
