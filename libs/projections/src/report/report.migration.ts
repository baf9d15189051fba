import type { Kysely, Migration } from 'kysely';

export const reportMigrations: Readonly<Record<string, Migration>> = {
  '0011-report-facts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('report_fact')
        .addColumn('fact_id', 'text', (c) => c.primaryKey())
        .addColumn('stream_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('positions', 'text', (c) => c.notNull())
        .execute();
    },
  },
};
