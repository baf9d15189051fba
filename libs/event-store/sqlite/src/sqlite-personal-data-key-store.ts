import type { PersonalDataKeyRecord, PersonalDataKeyStore, ShredRequest } from '@careledger/event-store';
import type Database from 'better-sqlite3';

interface KeyRow {
  readonly subject_id: string;
  readonly wrapped_key: string | null;
  readonly created_at: string;
  readonly shredded_at: string | null;
  readonly shredded_by: string | null;
  readonly shred_reason: string | null;
}

/**
 * Personal data keys in the `personal_data_keys` table of the event database (migration 2).
 *
 * Shredding sets `wrapped_key` to NULL. The connection runs with `secure_delete` so SQLite zeroes
 * the freed bytes, and a TRUNCATE checkpoint afterwards drops the old page from the WAL file.
 * What this cannot reach — backups, filesystem or SSD remnants — still holds only the WRAPPED key,
 * useless without the master key; destroy the master key with the last backup that holds it.
 */
export class SqlitePersonalDataKeyStore implements PersonalDataKeyStore {
  private readonly insertIfAbsent;
  private readonly select;
  private readonly selectWrappedKey;
  private readonly shredRow;

  constructor(private readonly db: Database.Database) {
    this.insertIfAbsent = db.prepare<[string, string, string]>(
      `INSERT INTO personal_data_keys (subject_id, wrapped_key, created_at) VALUES (?, ?, ?)
       ON CONFLICT (subject_id) DO NOTHING`,
    );
    this.select = db.prepare<[string], KeyRow>('SELECT * FROM personal_data_keys WHERE subject_id = ?');
    // Every decrypting read asks for the key (so a shred elsewhere shows at once): one column, no row object.
    this.selectWrappedKey = db.prepare<[string], string | null>('SELECT wrapped_key FROM personal_data_keys WHERE subject_id = ?').pluck();
    // An unknown subject gets a tombstone; an already shredded one keeps its first record.
    this.shredRow = db.prepare<{ subjectId: string; at: string; actorId: string; reason: string }>(
      `INSERT INTO personal_data_keys (subject_id, wrapped_key, created_at, shredded_at, shredded_by, shred_reason)
       VALUES (@subjectId, NULL, @at, @at, @actorId, @reason)
       ON CONFLICT (subject_id) DO UPDATE
         SET wrapped_key = NULL, shredded_at = excluded.shredded_at, shredded_by = excluded.shredded_by,
             shred_reason = excluded.shred_reason
       WHERE shredded_at IS NULL`,
    );
  }

  async getOrCreate(subjectId: string, candidate: string, createdAt: string): Promise<string | null> {
    this.insertIfAbsent.run(subjectId, candidate, createdAt);
    return this.selectWrappedKey.get(subjectId) ?? null;
  }

  async get(subjectId: string): Promise<string | null> {
    return this.selectWrappedKey.get(subjectId) ?? null;
  }

  async shred(subjectId: string, request: ShredRequest): Promise<void> {
    const { changes } = this.shredRow.run({ subjectId, ...request });
    if (changes > 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async inspect(subjectId: string): Promise<PersonalDataKeyRecord | null> {
    const row = this.select.get(subjectId);
    if (!row) return null;
    return {
      subjectId: row.subject_id,
      status: row.wrapped_key === null ? 'shredded' : 'active',
      createdAt: row.created_at,
      shreddedAt: row.shredded_at,
      shreddedBy: row.shredded_by,
      shredReason: row.shred_reason,
    };
  }
}
