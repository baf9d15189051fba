import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { decodeCursor, encodeCursor } from './visits.cursor';
import type { ActivityTable, VisitTable } from './visits.tables';

export interface VisitListFilter {
  readonly township?: string | null;
  readonly visitType?: string | null;
  /** Civil dates, both inclusive. */
  readonly from?: string | null;
  readonly to?: string | null;
  readonly caseId?: string | null;
  readonly fundId?: string | null;
  /** Voided visits are left out unless asked for. */
  readonly includeVoided?: boolean | null;
}

export interface ActivityListFilter {
  readonly township?: string | null;
  readonly venueKind?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly caseId?: string | null;
}

export interface PageRequest {
  readonly first: number;
  readonly after?: string | null;
}

export interface ListPage<Row> {
  readonly totalCount: number;
  readonly rows: readonly (Row & { readonly cursor: string })[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

/** Visits, latest visit date first (then by id), filtered; a cursor page. */
export async function listVisits(
  db: Kysely<ReadModelDatabase>,
  filter: VisitListFilter,
  page: PageRequest,
): Promise<ListPage<VisitTable>> {
  let query = db.selectFrom('visit');
  if (filter.township) query = query.where('township', '=', filter.township);
  if (filter.visitType) query = query.where('visit_type', '=', filter.visitType);
  if (filter.from) query = query.where('visited_on', '>=', filter.from);
  if (filter.to) query = query.where('visited_on', '<=', filter.to);
  if (filter.fundId) query = query.where('fund_id', '=', filter.fundId);
  if (!filter.includeVoided) query = query.where('status', '=', 'RECORDED');
  const caseId = filter.caseId;
  if (caseId) {
    query = query.where('visit_id', 'in', (eb) => eb.selectFrom('visit_case').select('visit_id').where('case_id', '=', caseId));
  }
  const { count } = await query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  let pageQuery = query.selectAll();
  if (page.after) {
    const [date, id] = decodeCursor(page.after);
    pageQuery = pageQuery.where((eb) =>
      eb.or([eb('visited_on', '<', date), eb.and([eb('visited_on', '=', date), eb('visit_id', '<', id)])]),
    );
  }
  const rows = await pageQuery.orderBy('visited_on', 'desc').orderBy('visit_id', 'desc').limit(page.first + 1).execute();
  return {
    totalCount: Number(count),
    rows: rows.slice(0, page.first).map((r) => ({ ...r, cursor: encodeCursor(r.visited_on, r.visit_id) })),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
  };
}

export async function getVisit(db: Kysely<ReadModelDatabase>, visitId: string): Promise<VisitTable | undefined> {
  return db.selectFrom('visit').selectAll().where('visit_id', '=', visitId).executeTakeFirst();
}

/** Collective activities, latest first (then by id), filtered; a cursor page. */
export async function listActivities(
  db: Kysely<ReadModelDatabase>,
  filter: ActivityListFilter,
  page: PageRequest,
): Promise<ListPage<ActivityTable>> {
  let query = db.selectFrom('activity');
  if (filter.township) query = query.where('township', '=', filter.township);
  if (filter.venueKind) query = query.where('venue_kind', '=', filter.venueKind);
  if (filter.from) query = query.where('held_on', '>=', filter.from);
  if (filter.to) query = query.where('held_on', '<=', filter.to);
  const caseId = filter.caseId;
  if (caseId) {
    query = query.where('activity_id', 'in', (eb) => eb.selectFrom('activity_case').select('activity_id').where('case_id', '=', caseId));
  }
  const { count } = await query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  let pageQuery = query.selectAll();
  if (page.after) {
    const [date, id] = decodeCursor(page.after);
    pageQuery = pageQuery.where((eb) =>
      eb.or([eb('held_on', '<', date), eb.and([eb('held_on', '=', date), eb('activity_id', '<', id)])]),
    );
  }
  const rows = await pageQuery.orderBy('held_on', 'desc').orderBy('activity_id', 'desc').limit(page.first + 1).execute();
  return {
    totalCount: Number(count),
    rows: rows.slice(0, page.first).map((r) => ({ ...r, cursor: encodeCursor(r.held_on, r.activity_id) })),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
  };
}

export async function getActivity(db: Kysely<ReadModelDatabase>, activityId: string): Promise<ActivityTable | undefined> {
  return db.selectFrom('activity').selectAll().where('activity_id', '=', activityId).executeTakeFirst();
}

/** Names of the given members (case_member holds the name in clear, like the case page shows it). */
export async function getMemberNames(
  db: Kysely<ReadModelDatabase>,
  personIds: readonly string[],
): Promise<ReadonlyMap<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db.selectFrom('case_member').select(['person_id', 'name']).where('person_id', 'in', [...new Set(personIds)]).execute();
  return new Map(rows.map((r) => [r.person_id, r.name]));
}
