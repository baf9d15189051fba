import type { Kysely } from 'kysely';
import { InvalidCursorError } from '../case-summary/case-summary.queries';
import type { AuditEventTable, ReadModelDatabase } from '../read-model/read-model.database';

/** Every criterion is optional; given ones must all match. Values are validated by the caller. */
export interface AuditTrailFilter {
  readonly streamId?: string | null;
  readonly streamType?: string | null;
  readonly caseId?: string | null;
  readonly actorId?: string | null;
  /** Township code of the acting user. */
  readonly township?: string | null;
  /** Absent or empty: every type (a multi-select with nothing chosen hides nothing). */
  readonly eventTypes?: readonly string[] | null;
  /** ISO-8601 UTC instants as the log writes them (toISOString form); from inclusive, to exclusive. */
  readonly recordedFrom?: string | null;
  readonly recordedTo?: string | null;
  /** Civil dates, both inclusive, on the day each event is about (see businessDayOf). */
  readonly businessFrom?: string | null;
  readonly businessTo?: string | null;
}

export type AuditEventRow = AuditEventTable & { readonly caseIds: readonly string[]; readonly cursor: string };

export interface AuditTrailPage {
  readonly totalCount: number;
  readonly rows: readonly AuditEventRow[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

// The cursor is the position itself, opaque to clients so the order key can change later.
const encodeCursor = (position: number): string => Buffer.from(`audit:${position}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^audit:(\d{1,16})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const position = match ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(position)) throw new InvalidCursorError();
  return position;
}

/**
 * One page of the audit trail, newest first (position descending), with the total under the same
 * filter. Keyset pagination: the page after a cursor is `position < cursor`, so events appended
 * meanwhile never shift a page or show up twice.
 */
export async function listAuditEvents(
  db: Kysely<ReadModelDatabase>,
  filter: AuditTrailFilter,
  page: { readonly first: number; readonly after?: string | null },
): Promise<AuditTrailPage> {
  let query = db.selectFrom('audit_event');
  if (filter.streamId) query = query.where('stream_id', '=', filter.streamId);
  if (filter.streamType) query = query.where('stream_type', '=', filter.streamType);
  if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
  if (filter.township) query = query.where('actor_township', '=', filter.township);
  if (filter.eventTypes && filter.eventTypes.length > 0) query = query.where('type', 'in', [...filter.eventTypes]);
  if (filter.recordedFrom) query = query.where('recorded_at', '>=', filter.recordedFrom);
  if (filter.recordedTo) query = query.where('recorded_at', '<', filter.recordedTo);
  if (filter.businessFrom) query = query.where('effective_date', '>=', filter.businessFrom);
  if (filter.businessTo) query = query.where('effective_date', '<=', filter.businessTo);
  if (filter.caseId) {
    const caseId = filter.caseId;
    query = query.where('position', 'in', (eb) =>
      eb.selectFrom('audit_event_case').select('audit_event_case.position').where('audit_event_case.case_id', '=', caseId),
    );
  }

  const { count } = await query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  let pageQuery = query.selectAll();
  if (page.after) pageQuery = pageQuery.where('position', '<', decodeCursor(page.after));
  const rows = await pageQuery.orderBy('position', 'desc').limit(page.first + 1).execute();
  const shown = rows.slice(0, page.first);
  const caseIds = await caseIdsOf(db, shown.map((r) => Number(r.position)));
  return {
    totalCount: Number(count),
    rows: shown.map((r) => ({
      ...r,
      position: Number(r.position),
      caseIds: caseIds.get(Number(r.position)) ?? [],
      cursor: encodeCursor(Number(r.position)),
    })),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
  };
}

async function caseIdsOf(db: Kysely<ReadModelDatabase>, positions: readonly number[]): Promise<Map<number, string[]>> {
  const byPosition = new Map<number, string[]>();
  if (positions.length === 0) return byPosition;
  const rows = await db
    .selectFrom('audit_event_case')
    .select(['position', 'case_id'])
    .where('position', 'in', [...positions])
    .orderBy('case_id')
    .execute();
  for (const row of rows) {
    const list = byPosition.get(Number(row.position)) ?? [];
    list.push(row.case_id);
    byPosition.set(Number(row.position), list);
  }
  return byPosition;
}

/**
 * Global positions of every audited event touching a case, in log order: with the case's own
 * stream, what time travel folds (a visit in its own stream still names the family).
 */
export async function getCaseEventPositions(db: Kysely<ReadModelDatabase>, caseId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('audit_event_case')
    .select('position')
    .where('case_id', '=', caseId)
    .orderBy('position')
    .execute();
  return rows.map((r) => Number(r.position));
}
