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
 * Whether the person counts among the policy's insured persons, the rule of policyPremiumTotal:
 * a person counts once if any period had a day of cover and was not closed as a duplicate;
 * removal does not refund the premium. 0 when the policy is unknown.
 */
export const personInsured = compiledQuery<Key, { insured: number }>((db, p) =>
  db
    .selectFrom('insurance_policy')
    .where('insurance_policy.policy_year', '=', p('policy_year'))
    .select(
      sql<number>`EXISTS (SELECT 1 FROM insurance_enrolment e
        WHERE e.policy_year = insurance_policy.policy_year AND e.person_id = ${p('person_id')}
          AND (e.removal_reason IS NULL OR e.removal_reason <> 'DUPLICATE')
          AND e.coverage_from <= COALESCE(e.removed_on, insurance_policy.coverage_to))`.as('insured'),
    ),
);

type Adjustment = Stamp & { readonly open_delta: number; readonly insured_delta: number };

/**
 * Moves the policy's figures by what one event changed (periods opened or closed, persons who
 * began or stopped counting as insured) and stamps it. One person's periods are all an event
 * touches, so the figures follow from that person alone: recounting every period of the policy
 * on each enrolment made a year's enrolments O(n²) to project.
 */
export const adjustPolicy = compiledQuery((db, p: QueryParameter<Adjustment>) =>
  db
    .updateTable('insurance_policy')
    .set({
      enrolled_count: sql<number>`enrolled_count + ${p('open_delta')}`,
      insured_persons: sql<number>`insured_persons + ${p('insured_delta')}`,
      // SET sees the row as it was: the premium follows the adjusted count.
      premium_total_fen: sql<number>`premium_per_person_fen * (insured_persons + ${p('insured_delta')})`,
      revision: p('revision'),
      last_recorded_at: p('last_recorded_at'),
    })
    .where('policy_year', '=', p('policy_year')),
);

/**
 * Counts the policy's figures from all its periods: what adjustPolicy keeps up to date one
 * person at a time. Run once when a policy row is created, for any periods already projected.
 */
export const recountPolicy = compiledQuery((db, p: QueryParameter<Pick<Policy, 'policy_year'>>) => {
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
    })
    .where('policy_year', '=', p('policy_year'));
});
