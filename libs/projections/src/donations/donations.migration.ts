import type { Kysely, Migration } from 'kysely';

export const donationMigrations: Readonly<Record<string, Migration>> = {
  '0010-donations': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('donation')
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('donation_id', 'text', (c) => c.notNull())
        .addColumn('position', 'bigint', (c) => c.notNull())
        .addColumn('received_on', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addColumn('matching_fen', 'bigint', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('reversal_reason', 'text')
        .addColumn('reversed_at', 'text')
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('donation_pk', ['year', 'donation_id'])
        .execute();
      // The list's order: newest day first, then newest in the log.
      await db.schema
        .createIndex('donation_order')
        .on('donation')
        .columns(['year', 'received_on', 'position'])
        .execute();
    },
  },
};
