import type { Kysely, Migration } from 'kysely';

/** The visit and activity tables; every list query ends in its date and id (the cursor order). */
export const visitMigrations: Readonly<Record<string, Migration>> = {
  '0006-visits': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('visit')
        .addColumn('visit_id', 'text', (c) => c.primaryKey())
        .addColumn('visit_type', 'text', (c) => c.notNull())
        .addColumn('visited_on', 'text', (c) => c.notNull())
        .addColumn('township', 'text', (c) => c.notNull())
        .addColumn('visitors', 'text', (c) => c.notNull())
        .addColumn('case_ids', 'text', (c) => c.notNull())
        .addColumn('persons_reached', 'text', (c) => c.notNull())
        .addColumn('persons_count', 'integer', (c) => c.notNull())
        .addColumn('case_count', 'integer', (c) => c.notNull())
        .addColumn('needs_found', 'text', (c) => c.notNull())
        .addColumn('follow_up_action', 'text')
        .addColumn('follow_up_due_on', 'text')
        .addColumn('cash_aid_fen', 'bigint', (c) => c.notNull())
        .addColumn('fund_id', 'text')
        .addColumn('goods', 'text', (c) => c.notNull())
        .addColumn('goods_value_fen', 'bigint', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('void_reason', 'text')
        .addColumn('amendment_count', 'integer', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('last_recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('visit_list').on('visit').columns(['visited_on', 'visit_id']).execute();
      await db.schema.createIndex('visit_township').on('visit').columns(['township', 'visited_on']).execute();
      await db.schema.createIndex('visit_fund').on('visit').columns(['fund_id', 'visited_on']).execute();
      await db.schema
        .createTable('visit_case')
        .addColumn('visit_id', 'text', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('visit_case_pk', ['case_id', 'visit_id'])
        .execute();
      await db.schema.createIndex('visit_case_visit').on('visit_case').column('visit_id').execute();

      await db.schema
        .createTable('activity')
        .addColumn('activity_id', 'text', (c) => c.primaryKey())
        .addColumn('venue_kind', 'text', (c) => c.notNull())
        .addColumn('venue_name', 'text', (c) => c.notNull())
        .addColumn('held_on', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('township', 'text')
        .addColumn('attendees', 'text', (c) => c.notNull())
        .addColumn('attendee_count', 'integer', (c) => c.notNull())
        .addColumn('case_count', 'integer', (c) => c.notNull())
        .addColumn('cash_aid_fen', 'bigint', (c) => c.notNull())
        .addColumn('fund_id', 'text')
        .addColumn('correction_count', 'integer', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('last_recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('activity_list').on('activity').columns(['held_on', 'activity_id']).execute();
      await db.schema
        .createTable('activity_case')
        .addColumn('activity_id', 'text', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('activity_case_pk', ['case_id', 'activity_id'])
        .execute();
      await db.schema.createIndex('activity_case_activity').on('activity_case').column('activity_id').execute();
    },
  },
};
