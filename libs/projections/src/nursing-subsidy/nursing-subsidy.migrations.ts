import type { Kysely, Migration } from 'kysely';

/** The nursing-subsidy read models (0007-…). Health data (the diagnosis) is deliberately not copied. */
export const nursingSubsidyMigrations: Readonly<Record<string, Migration>> = {
  '0007-nursing-subsidy': {
    async up(db: Kysely<unknown>) {
      const text = ['case_id', 'person_id', 'hospital_name', 'hospital_grade', 'admitted_on', 'discharged_on', 'applied_on'];
      const optional = [
        'notice_posted_on',
        'notice_closes_on',
        'notice_closed_on',
        'sunshine_ref',
        'submitted_on',
        'batch_id',
        'period',
        'issued_on',
        'paid_on',
        'failure_reason',
        'failed_on',
        'settled_on',
        'voucher_no',
        'last_opinion',
        'withdrawn_reason',
      ];
      let table = db.schema.createTable('subsidy_application').addColumn('application_id', 'text', (c) => c.primaryKey());
      for (const column of text) table = table.addColumn(column, 'text', (c) => c.notNull());
      table = table
        .addColumn('admission_year', 'integer', (c) => c.notNull())
        .addColumn('applied_position', 'bigint', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addColumn('rules_effective_from', 'text', (c) => c.notNull())
        .addColumn('notice_required', 'integer', (c) => c.notNull())
        .addColumn('notice_days', 'integer', (c) => c.notNull())
        .addColumn('computation', 'text', (c) => c.notNull());
      for (const column of optional) table = table.addColumn(column, 'text');
      await table
        .addColumn('payment_year', 'integer')
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('last_recorded_at', 'text', (c) => c.notNull())
        .execute();
      const indexes: Record<string, string[]> = {
        subsidy_application_list: ['admitted_on', 'application_id'],
        subsidy_application_case: ['case_id', 'admitted_on'],
        subsidy_application_person: ['person_id'],
        subsidy_application_status: ['status', 'admitted_on'],
      };
      for (const [name, columns] of Object.entries(indexes)) {
        await db.schema.createIndex(name).on('subsidy_application').columns(columns).execute();
      }

      let steps = db.schema
        .createTable('subsidy_step')
        .addColumn('application_id', 'text', (c) => c.notNull())
        .addColumn('position', 'bigint', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text')
        .addColumn('status_after', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('actor_role', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull());
      const stepText = ['actor_township', 'business_date', 'step_date', 'opinion', 'reason', 'note', 'objections', 'closes_on', 'external_ref', 'batch_id', 'period', 'voucher_no'];
      for (const column of stepText) steps = steps.addColumn(column, 'text');
      await steps
        .addColumn('amount_fen', 'bigint')
        .addPrimaryKeyConstraint('subsidy_step_pk', ['application_id', 'position'])
        .execute();
      // The batch filter: which applications were ever paid in a one-card batch.
      await db.schema.createIndex('subsidy_step_batch').on('subsidy_step').columns(['batch_id', 'application_id']).execute();
    },
  },
};
