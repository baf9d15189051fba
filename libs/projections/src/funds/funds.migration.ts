import { sql, type Kysely, type Migration } from 'kysely';

export const fundMigrations: Readonly<Record<string, Migration>> = {
  '0009-funds': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('fund_summary')
        .addColumn('fund_id', 'text', (c) => c.primaryKey())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('initial_amount_fen', 'bigint', (c) => c.notNull())
        .addColumn('allocated_on', 'text', (c) => c.notNull())
        .addColumn('allocated_fen', 'bigint', (c) => c.notNull())
        .addColumn('received_fen', 'bigint', (c) => c.notNull())
        .addColumn('spent_fen', 'bigint', (c) => c.notNull())
        .addColumn('spent_personnel_fen', 'bigint', (c) => c.notNull())
        .addColumn('spent_public_fen', 'bigint', (c) => c.notNull())
        .addColumn('spent_special_fen', 'bigint', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('last_recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('fund_summary_year').on('fund_summary').columns(['year', 'fund_id']).execute();
      await db.schema
        .createTable('fund_ledger_entry')
        .addColumn('fund_id', 'text', (c) => c.notNull())
        .addColumn('position', 'bigint', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('entry_date', 'text', (c) => c.notNull())
        .addColumn('entry_id', 'text', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addColumn('allocated_delta_fen', 'bigint', (c) => c.notNull())
        .addColumn('received_delta_fen', 'bigint', (c) => c.notNull())
        .addColumn('spent_delta_fen', 'bigint', (c) => c.notNull())
        .addColumn('category', 'text')
        .addColumn('description', 'text')
        .addColumn('source', 'text')
        .addColumn('reason', 'text')
        .addColumn('linked_stream_id', 'text')
        .addColumn('reversed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('fund_ledger_entry_pk', ['fund_id', 'position'])
        .execute();
      // The ledger's order: business day, then log order.
      await db.schema
        .createIndex('fund_ledger_entry_order')
        .on('fund_ledger_entry')
        .columns(['fund_id', 'entry_date', 'position'])
        .execute();
      await db.schema
        .createTable('fund_target')
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('indicator_id', 'text', (c) => c.notNull())
        .addColumn('set_position', 'bigint', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('direction', 'text', (c) => c.notNull())
        .addColumn('value', 'bigint', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('weight', 'integer', (c) => c.notNull())
        .addColumn('source_query', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('revision_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('fund_target_pk', ['year', 'indicator_id'])
        .execute();
      await db.schema
        .createTable('fund_target_history')
        .addColumn('position', 'bigint', (c) => c.primaryKey())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('indicator_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('changes', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('actor_role', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('business_date', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('fund_target_history_target')
        .on('fund_target_history')
        .columns(['year', 'indicator_id', 'position'])
        .execute();
    },
  },
  '0012-fund-target-deviation': {
    async up(db: Kysely<unknown>) {
      // SQLite adds one column per ALTER TABLE.
      const columns = [
        ['deviation_reason', 'text'],
        ['deviation_explained_position', 'bigint'],
        ['deviation_explained_at', 'text'],
        ['deviation_explained_by', 'text'],
      ] as const;
      for (const [name, type] of columns) {
        await db.schema.alterTable('fund_target').addColumn(name, type).execute();
      }
      // The funds-targets projection used to skip TargetDeviationExplained, and an existing data
      // directory's checkpoint is already past those events: the new columns would stay empty
      // (and the EXPLAINED history rows missing) until a manual rebuild. So the migration makes
      // the projection replay: it clears the projection's tables and drops its checkpoint, and
      // the runner starts it again from position 0 (re-inserting its checkpoint) on the next
      // start, in the same transactions as always. The log is the source of truth; a read model
      // is only a cache of it. (The projection's name is written out: a migration must not change
      // when code is renamed later.)
      await sql`DELETE FROM fund_target_history`.execute(db);
      await sql`DELETE FROM fund_target`.execute(db);
      await sql`DELETE FROM projection_checkpoints WHERE name = ${'funds-targets'}`.execute(db);
    },
  },
};
