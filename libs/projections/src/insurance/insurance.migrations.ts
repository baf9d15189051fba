import type { Kysely, Migration } from 'kysely';

/** The insurance read models (see insurance.tables.ts). */
export const insuranceMigrations: Readonly<Record<string, Migration>> = {
  '0008-insurance': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('insurance_policy')
        .addColumn('policy_year', 'integer', (c) => c.primaryKey())
        .addColumn('insurer', 'text', (c) => c.notNull())
        .addColumn('product', 'text', (c) => c.notNull())
        .addColumn('premium_per_person_fen', 'bigint', (c) => c.notNull())
        .addColumn('coverage_from', 'text', (c) => c.notNull())
        .addColumn('coverage_to', 'text', (c) => c.notNull())
        .addColumn('purchased_on', 'text', (c) => c.notNull())
        .addColumn('target_enrolment', 'integer')
        .addColumn('enrolled_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('insured_persons', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('premium_total_fen', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('last_recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('insurance_enrolment')
        .addColumn('policy_year', 'integer', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('period_no', 'integer', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('enrolled_on', 'text', (c) => c.notNull())
        .addColumn('coverage_from', 'text', (c) => c.notNull())
        .addColumn('removed_on', 'text')
        .addColumn('removal_reason', 'text')
        .addColumn('removal_note', 'text')
        .addPrimaryKeyConstraint('insurance_enrolment_pk', ['policy_year', 'person_id', 'period_no'])
        .execute();
      await db.schema.createIndex('insurance_enrolment_case').on('insurance_enrolment').columns(['case_id', 'policy_year']).execute();
      await db.schema
        .createTable('insurance_claim')
        .addColumn('claim_id', 'text', (c) => c.primaryKey())
        .addColumn('policy_year', 'integer', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('event_on', 'text', (c) => c.notNull())
        .addColumn('reported_on', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('documents', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('last_submitted_on', 'text')
        .addColumn('sent_on', 'text')
        .addColumn('insurer_ref', 'text')
        .addColumn('settled_amount_fen', 'bigint')
        .addColumn('settled_on', 'text')
        .addColumn('rejection_reason', 'text')
        .addColumn('rejected_on', 'text')
        .addColumn('withdrawal_reason', 'text')
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('last_recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('insurance_claim_list').on('insurance_claim').columns(['reported_on', 'claim_id']).execute();
      await db.schema.createIndex('insurance_claim_case').on('insurance_claim').columns(['case_id']).execute();
    },
  },
};
