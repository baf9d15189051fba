import { Kysely, Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import { donationMigrations } from '../donations/donations.read-model';
import { fundMigrations } from '../funds/funds.read-model';
import { reportMigrations } from '../report/report.read-model';
import { insuranceMigrations } from '../insurance/insurance.read-model';
import { nursingSubsidyMigrations } from '../nursing-subsidy/nursing-subsidy.read-model';
import { visitMigrations } from '../visits/visits.read-model';

/**
 * Read-model schema, created and evolved by numbered migrations (never by hand). Written in
 * Kysely's schema builder so the same migrations run on PostgreSQL later.
 */
const migrations: Record<string, Migration> = {
  '0001-projection-checkpoints': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('projection_checkpoints')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('position', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('skipped', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('running'))
        .addColumn('failed_position', 'bigint')
        .addColumn('failed_event_id', 'text')
        .addColumn('error', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0002-case-summary': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('case_summary')
        .addColumn('case_id', 'text', (c) => c.primaryKey())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('township', 'text', (c) => c.notNull())
        .addColumn('village', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('opened_on', 'text', (c) => c.notNull())
        .addColumn('exit_reason', 'text')
        .addColumn('exited_on', 'text')
        .addColumn('head_name', 'text')
        .addColumn('member_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('last_recorded_at', 'text', (c) => c.notNull())
        .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema.createIndex('case_summary_list').on('case_summary').columns(['opened_on', 'case_id']).execute();
      await db.schema.createIndex('case_summary_township').on('case_summary').columns(['township', 'status']).execute();
      await db.schema
        .createTable('case_member')
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('id_number_masked', 'text', (c) => c.notNull())
        .addColumn('relation', 'text', (c) => c.notNull())
        .addColumn('sex', 'text', (c) => c.notNull())
        .addColumn('birth_date', 'text', (c) => c.notNull())
        .addColumn('phone_masked', 'text')
        .addColumn('deceased', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('died_on', 'text')
        .addPrimaryKeyConstraint('case_member_pk', ['case_id', 'person_id'])
        .execute();
      await db.schema
        .createTable('case_contact')
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('phone', 'text')
        .addPrimaryKeyConstraint('case_contact_pk', ['case_id', 'role'])
        .execute();
    },
  },
  '0003-case-timeline': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('case_timeline')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('position', 'bigint', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('stream_id', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('business_date', 'text')
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('actor_role', 'text', (c) => c.notNull())
        .addColumn('actor_township', 'text')
        .addColumn('reason', 'text')
        .addColumn('command_id', 'text', (c) => c.notNull())
        .addColumn('correlation_id', 'text', (c) => c.notNull())
        .addColumn('causation_id', 'text', (c) => c.notNull())
        .execute();
      // One event may touch several cases (a visit to two families): unique per case, not per event.
      await db.schema
        .createIndex('case_timeline_case_position')
        .on('case_timeline')
        .columns(['case_id', 'position'])
        .unique()
        .execute();
    },
  },
  '0004-audit-log': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('audit_event')
        .addColumn('position', 'bigint', (c) => c.primaryKey())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('stream_id', 'text', (c) => c.notNull())
        .addColumn('stream_type', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('schema_version', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('business_date', 'text')
        .addColumn('effective_date', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('actor_role', 'text', (c) => c.notNull())
        .addColumn('actor_township', 'text')
        .addColumn('reason', 'text')
        .addColumn('command_id', 'text', (c) => c.notNull())
        .addColumn('correlation_id', 'text', (c) => c.notNull())
        .addColumn('causation_id', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      // Every filter ends in position, so a filtered page is one index range walked newest first.
      const indexes: Record<string, string> = {
        audit_event_stream: 'stream_id',
        audit_event_stream_type: 'stream_type',
        audit_event_actor: 'actor_id',
        audit_event_township: 'actor_township',
        audit_event_type: 'type',
        audit_event_recorded: 'recorded_at',
        audit_event_business: 'effective_date',
      };
      for (const [name, column] of Object.entries(indexes)) {
        await db.schema.createIndex(name).on('audit_event').columns([column, 'position']).execute();
      }
      await db.schema
        .createTable('audit_event_case')
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('position', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('audit_event_case_pk', ['case_id', 'position'])
        .execute();
      // The other direction: which cases a page of events touches.
      await db.schema.createIndex('audit_event_case_position').on('audit_event_case').column('position').execute();
    },
  },
  '0005-case-stream-links': {
    async up(db: Kysely<unknown>) {
      // A later event of an application or claim finds its family through the stream's earlier rows.
      await db.schema.createIndex('case_timeline_stream').on('case_timeline').columns(['stream_id', 'case_id']).execute();
    },
  },
  // Each care domain's read models, numbered from 0006 in its own folder (0012: funds again).
  ...visitMigrations,
  ...nursingSubsidyMigrations,
  ...insuranceMigrations,
  ...fundMigrations,
  ...donationMigrations,
  ...reportMigrations,
  '0013-stream-first-event': {
    async up(db: Kysely<unknown>) {
      // Every later event of a visit, application, claim, enrolment or fund charge asks "which
      // cases did this stream's FIRST event name?" (casesOfEvent). The indexes of 0004 and 0005
      // lead with stream_id only, so that lookup walked every earlier row of the stream and
      // checked its revision: O(stream length) per event, O(n²) over a policy or fund stream
      // that grows with each enrolment or charge. Partial indexes over first events only answer
      // it in one seek and stay small (one entry per stream, or per case its first event named).
      await db.schema
        .createIndex('case_timeline_stream_first')
        .on('case_timeline')
        .columns(['stream_id', 'case_id'])
        .where(sql.ref('revision'), '=', 0)
        .execute();
      await db.schema.createIndex('audit_event_stream_first').on('audit_event').column('stream_id').where(sql.ref('revision'), '=', 0).execute();
      // 0005's index served that lookup alone; the partial one replaces it (one index less to
      // write on every timeline row).
      await db.schema.dropIndex('case_timeline_stream').execute();
    },
  },
};

class InCodeMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

/** Brings the read-model schema up to date; refuses to start on a failed migration. */
export async function migrateReadModels(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider: new InCodeMigrations() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Read-model migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
