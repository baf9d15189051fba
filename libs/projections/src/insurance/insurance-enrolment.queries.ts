import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { afterRow, decodeCursor, encodeCursor, type SortKey } from './insurance.cursor';

export interface InsuranceEnrolmentFilter {
  readonly policyYear?: number | null;
  readonly caseId?: string | null;
  readonly personId?: string | null;
  /** Township of the family. */
  readonly township?: string | null;
  /** Covered on this civil day (as isEnrolledOn answers it). */
  readonly activeOn?: string | null;
  /** Enrolled now: the period is not closed. */
  readonly activeOnly?: boolean | null;
}

const ORDER: readonly SortKey[] = [
  ['e.policy_year', 'desc'],
  ['e.enrolled_on', 'asc'],
  ['e.person_id', 'asc'],
  ['e.period_no', 'asc'],
];

/**
 * The periods with the person's name and masked ID number and the family's township, joined
 * from the case read model (this table copies no personal data).
 */
function enrolments(db: Kysely<ReadModelDatabase>, filter: InsuranceEnrolmentFilter) {
  let query = db
    .selectFrom('insurance_enrolment as e')
    .innerJoin('insurance_policy as p', 'p.policy_year', 'e.policy_year')
    .leftJoin('case_summary as s', 's.case_id', 'e.case_id')
    .leftJoin('case_member as m', (join) => join.onRef('m.case_id', '=', 'e.case_id').onRef('m.person_id', '=', 'e.person_id'));
  if (filter.policyYear != null) query = query.where('e.policy_year', '=', filter.policyYear);
  if (filter.caseId) query = query.where('e.case_id', '=', filter.caseId);
  if (filter.personId) query = query.where('e.person_id', '=', filter.personId);
  if (filter.township) query = query.where('s.township', '=', filter.township);
  if (filter.activeOnly) query = query.where('e.removed_on', 'is', null);
  const day = filter.activeOn;
  if (day) {
    query = query
      .where('e.coverage_from', '<=', day)
      .where((eb) => eb.or([eb('e.removed_on', '>=', day), eb.and([eb('e.removed_on', 'is', null), eb('p.coverage_to', '>=', day)])]))
      .where((eb) => eb.or([eb('e.removal_reason', 'is', null), eb('e.removal_reason', '<>', 'DUPLICATE')]));
  }
  return query;
}

const COLUMNS = [
  'e.policy_year',
  'e.person_id',
  'e.period_no',
  'e.case_id',
  'e.enrolled_on',
  'e.coverage_from',
  'e.removed_on',
  'e.removal_reason',
  'e.removal_note',
  'p.coverage_to',
  's.township',
  'm.name',
  'm.id_number_masked',
  'm.deceased',
] as const;

export async function listInsuranceEnrolments(
  db: Kysely<ReadModelDatabase>,
  filter: InsuranceEnrolmentFilter,
  page: { readonly first: number; readonly after?: string | null },
) {
  const query = enrolments(db, filter);
  const { count } = await query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  let pageQuery = query.select(COLUMNS);
  if (page.after) {
    const after = decodeCursor(page.after, ORDER.length);
    pageQuery = pageQuery.where((eb) => afterRow(eb, ORDER, after));
  }
  for (const [column, direction] of ORDER) pageQuery = pageQuery.orderBy(column as 'e.policy_year', direction);
  const rows = await pageQuery.limit(page.first + 1).execute();
  return {
    totalCount: Number(count),
    rows: rows.slice(0, page.first).map((r) => ({
      ...r,
      cursor: encodeCursor([r.policy_year, r.enrolled_on, r.person_id, r.period_no]),
    })),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
  };
}

export type InsuranceEnrolmentRow = Awaited<ReturnType<typeof listInsuranceEnrolments>>['rows'][number];

/** Every period matching the filter (a policy's roster, a family's enrolments), in list order. */
export async function getInsuranceEnrolments(db: Kysely<ReadModelDatabase>, filter: InsuranceEnrolmentFilter) {
  let query = enrolments(db, filter).select(COLUMNS);
  for (const [column, direction] of ORDER) query = query.orderBy(column as 'e.policy_year', direction);
  return query.execute();
}
