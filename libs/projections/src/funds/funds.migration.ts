import type { Kysely, Migration } from 'kysely';

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
};
