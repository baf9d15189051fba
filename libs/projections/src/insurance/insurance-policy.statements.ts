import { sql } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { compiledQuery, type QueryParameter } from '../read-model/sqlite-read-models';

type Policy = ReadModelDatabase['insurance_policy'];
type Enrolment = ReadModelDatabase['insurance_enrolment'];
type Key = { readonly policy_year: number; readonly person_id: string };

// The insurance-policy projection's statements, compiled once per transaction (see compiledQuery).

export const insertPolicy = compiledQuery((db, p: QueryParameter<Policy>) =>
  db
    .insertInto('insurance_policy')
    .values({
      policy_year: p('policy_year'),
      insurer: p('insurer'),
      product: p('product'),
      premium_per_person_fen: p('premium_per_person_fen'),
      coverage_from: p('coverage_from'),
      coverage_to: p('coverage_to'),
      purchased_on: p('purchased_on'),
      target_enrolment: p('target_enrolment'),
      enrolled_count: 0,
      insured_persons: 0,
      premium_total_fen: 0,
      revision: p('revision'),
      last_recorded_at: p('last_recorded_at'),
    })
    // Only one purchase per year is ever decided; a second one is ignored, as evolvePolicy does.
    .onConflict((oc) => oc.column('policy_year').doNothing()),
);

/** How many periods the person already has in this policy: the next period's number. */
export const countPeriods = compiledQuery<Key, { n: number }>((db, p) =>
  db
    .selectFrom('insurance_enrolment')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('policy_year', '=', p('policy_year'))
    .where('person_id', '=', p('person_id')),
);

export const insertPeriod = compiledQuery((db, p: QueryParameter<Enrolment>) =>
  db.insertInto('insurance_enrolment').values({
    policy_year: p('policy_year'),
    person_id: p('person_id'),
    period_no: p('period_no'),
    case_id: p('case_id'),
    enrolled_on: p('enrolled_on'),
    coverage_from: p('coverage_from'),
    removed_on: null,
    removal_reason: null,
    removal_note: null,
  }),
);

type Removal = Key & Pick<Enrolment, 'removed_on' | 'removal_reason' | 'removal_note'>;

/** Closes the person's open period (there is at most one, and it is the last). */
export const closePeriod = compiledQuery((db, p: QueryParameter<Removal>) =>
  db
    .updateTable('insurance_enrolment')
    .set({ removed_on: p('removed_on'), removal_reason: p('removal_reason'), removal_note: p('removal_note') })
    .where('policy_year', '=', p('policy_year'))
    .where('person_id', '=', p('person_id'))
    .where('removed_on', 'is', null),
);

type Stamp = Pick<Policy, 'policy_year' | 'revision' | 'last_recorded_at'>;

/**
 * Recounts the policy's figures from its periods and stamps it. Insured persons follow
 * policyPremiumTotal: a person counts once if any period had a day of cover and was not closed as
 * a duplicate; removal does not refund the premium.
 */
export const recountPolicy = compiledQuery((db, p: QueryParameter<Stamp>) => {
  const insured = sql<number>`(SELECT COUNT(DISTINCT e.person_id) FROM insurance_enrolment e
    WHERE e.policy_year = insurance_policy.policy_year
      AND (e.removal_reason IS NULL OR e.removal_reason <> 'DUPLICATE')
      AND e.coverage_from <= COALESCE(e.removed_on, insurance_policy.coverage_to))`;
  return db
    .updateTable('insurance_policy')
    .set({
      enrolled_count: sql<number>`(SELECT COUNT(*) FROM insurance_enrolment e
        WHERE e.policy_year = insurance_policy.policy_year AND e.removed_on IS NULL)`,
      insured_persons: insured,
      premium_total_fen: sql<number>`premium_per_person_fen * ${insured}`,
      revision: p('revision'),
      last_recorded_at: p('last_recorded_at'),
    })
    .where('policy_year', '=', p('policy_year'));
});
