/**
 * The schema, as numbered migrations. Never edit a migration once released: add the next number.
 * (The runner stores a checksum of each applied migration and refuses to open a database whose
 * history differs from this list.)
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events',
    // position is the rowid, assigned by the appender as head + 1 inside BEGIN IMMEDIATE, so the
    // global log is gapless (no AUTOINCREMENT: a rolled-back append consumes nothing).
    // The triggers stop accidental UPDATE/DELETE; deliberate tampering is what the hash chain is for.
    sql: `
      CREATE TABLE events (
        position       INTEGER PRIMARY KEY,
        id             TEXT    NOT NULL UNIQUE,
        stream_id      TEXT    NOT NULL,
        stream_type    TEXT    NOT NULL,
        revision       INTEGER NOT NULL CHECK (revision >= 0),
        type           TEXT    NOT NULL,
        schema_version INTEGER NOT NULL,
        data           TEXT    NOT NULL,
        metadata       TEXT    NOT NULL,
        recorded_at    TEXT    NOT NULL,
        prev_hash      TEXT    NOT NULL,
        hash           TEXT    NOT NULL,
        UNIQUE (stream_id, revision)
      ) STRICT;
      CREATE INDEX events_by_stream_type ON events (stream_type, position);
      CREATE INDEX events_by_type ON events (type, position);
      CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
      CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    `,
  },
  {
    version: 2,
    name: 'personal-data-keys',
    // Wrapped data keys, one per data subject; wrapped_key becomes NULL when shredded and the row
    // stays as the record of who erased the person, when and why.
    sql: `
      CREATE TABLE personal_data_keys (
        subject_id   TEXT PRIMARY KEY,
        wrapped_key  TEXT,
        created_at   TEXT NOT NULL,
        shredded_at  TEXT,
        shredded_by  TEXT,
        shred_reason TEXT,
        CHECK ((wrapped_key IS NULL) = (shredded_at IS NOT NULL))
      ) STRICT;
    `,
  },
];
