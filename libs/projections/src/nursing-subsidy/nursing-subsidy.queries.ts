import type { Kysely } from 'kysely';
import { InvalidCursorError } from '../case-summary/case-summary.queries';
import type { ReadModelDatabase } from '../read-model/read-model.database';

export interface SubsidyApplicationListFilter {
  readonly status?: string | null;
  /** Township of the application's case. */
  readonly township?: string | null;
  /** Calendar year of the admission. */
  readonly admissionYear?: number | null;
  /** Calendar year of the current payment's issue date. */
  readonly paymentYear?: number | null;
  readonly caseId?: string | null;
  readonly personId?: string | null;
  /** Any one-card batch the application was issued or reissued in. */
  readonly batchId?: string | null;
}

/** An application row with its case's township and the patient's name (joined, never copied). */
export type SubsidyApplicationView = ReadModelDatabase['subsidy_application'] & {
  readonly township: string | null;
  readonly person_name: string | null;
};

export interface SubsidyApplicationPage {
  readonly totalCount: number;
  readonly rows: readonly (SubsidyApplicationView & { readonly cursor: string })[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

const encodeCursor = (admittedOn: string, id: string): string => Buffer.from(JSON.stringify([admittedOn, id])).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return [value[0] as string, value[1] as string];
  } catch {
    // fall through to the typed error
  }
  throw new InvalidCursorError();
}

function viewQuery(db: Kysely<ReadModelDatabase>) {
  return db
    .selectFrom('subsidy_application as a')
    .leftJoin('case_summary as c', 'c.case_id', 'a.case_id')
    .leftJoin('case_member as m', (join) => join.onRef('m.case_id', '=', 'a.case_id').onRef('m.person_id', '=', 'a.person_id'));
}

/** Applications, newest admission first (then by id), filtered; a cursor page. */
export async function listSubsidyApplications(
  db: Kysely<ReadModelDatabase>,
  filter: SubsidyApplicationListFilter,
  page: { readonly first: number; readonly after?: string | null },
): Promise<SubsidyApplicationPage> {
  let query = viewQuery(db);
  if (filter.status) query = query.where('a.status', '=', filter.status);
  if (filter.township) query = query.where('c.township', '=', filter.township);
  if (filter.admissionYear != null) query = query.where('a.admission_year', '=', filter.admissionYear);
  if (filter.paymentYear != null) query = query.where('a.payment_year', '=', filter.paymentYear);
  if (filter.caseId) query = query.where('a.case_id', '=', filter.caseId);
  if (filter.personId) query = query.where('a.person_id', '=', filter.personId);
  const batchId = filter.batchId;
  if (batchId) {
    query = query.where((eb) =>
      eb.exists(
        eb.selectFrom('subsidy_step as s').select('s.position').whereRef('s.application_id', '=', 'a.application_id').where('s.batch_id', '=', batchId),
      ),
    );
  }
  const { count } = await query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  let pageQuery = query.selectAll('a').select(['c.township', 'm.name as person_name']);
  if (page.after) {
    const [admittedOn, id] = decodeCursor(page.after);
    pageQuery = pageQuery.where((eb) =>
      eb.or([eb('a.admitted_on', '<', admittedOn), eb.and([eb('a.admitted_on', '=', admittedOn), eb('a.application_id', '<', id)])]),
    );
  }
  const rows = await pageQuery.orderBy('a.admitted_on', 'desc').orderBy('a.application_id', 'desc').limit(page.first + 1).execute();
  return {
    totalCount: Number(count),
    rows: rows.slice(0, page.first).map((r) => ({ ...r, cursor: encodeCursor(r.admitted_on, r.application_id) })),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
  };
}

export async function getSubsidyApplication(
  db: Kysely<ReadModelDatabase>,
  applicationId: string,
): Promise<SubsidyApplicationView | undefined> {
  return viewQuery(db)
    .selectAll('a')
    .select(['c.township', 'm.name as person_name'])
    .where('a.application_id', '=', applicationId)
    .executeTakeFirst();
}

/** A family's applications, newest admission first. */
export async function listSubsidyApplicationsOfCase(db: Kysely<ReadModelDatabase>, caseId: string): Promise<SubsidyApplicationView[]> {
  return viewQuery(db)
    .selectAll('a')
    .select(['c.township', 'm.name as person_name'])
    .where('a.case_id', '=', caseId)
    .orderBy('a.admitted_on', 'desc')
    .orderBy('a.application_id', 'desc')
    .execute();
}

/** The workflow steps of an application, in log order. */
export async function getSubsidySteps(db: Kysely<ReadModelDatabase>, applicationId: string) {
  return db.selectFrom('subsidy_step').selectAll().where('application_id', '=', applicationId).orderBy('position').execute();
}

/**
 * A person's applications that still count (not withdrawn or rejected): their stays and computed
 * usage, which a new application's overlap and yearly caps are decided against.
 */
export async function getLiveSubsidyApplicationsOfPerson(db: Kysely<ReadModelDatabase>, personId: string) {
  return db
    .selectFrom('subsidy_application')
    .select(['application_id', 'admitted_on', 'discharged_on', 'computation'])
    .where('person_id', '=', personId)
    .where('status', 'not in', ['withdrawn', 'rejected'])
    .orderBy('admitted_on')
    .execute();
}
