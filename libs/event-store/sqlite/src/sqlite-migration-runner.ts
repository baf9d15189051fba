import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Migration } from './sqlite-migrations';

/**
 * Applies the migrations not yet recorded in `schema_migrations`, all in one IMMEDIATE transaction:
 * two processes opening a new database at once serialise here, and a failing migration leaves the
 * database exactly as it was. Returns the versions applied now ([] when already up to date).
 */
export function runMigrations(db: Database.Database, migrations: readonly Migration[], appliedAt: string): number[] {
  const apply = db.transaction((): number[] => {
    db.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version    INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        checksum   TEXT NOT NULL,
        applied_at TEXT NOT NULL
      ) STRICT`);
    const recorded = new Map(
      (db.prepare('SELECT version, checksum FROM schema_migrations').all() as { version: number; checksum: string }[]).map(
        (r) => [r.version, r.checksum],
      ),
    );
    const known = new Set(migrations.map((m) => m.version));
    for (const version of recorded.keys()) {
      if (!known.has(version)) throw new Error(`Database has migration ${version}, unknown to this version of the code`);
    }
    const insert = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      const checksum = createHash('sha256').update(migration.sql).digest('hex');
      const existing = recorded.get(migration.version);
      if (existing !== undefined) {
        if (existing !== checksum) throw new Error(`Migration ${migration.version} (${migration.name}) was edited after it was applied`);
        continue;
      }
      db.exec(migration.sql);
      insert.run(migration.version, migration.name, checksum, appliedAt);
      applied.push(migration.version);
    }
    return applied;
  });
  return apply.immediate();
}
