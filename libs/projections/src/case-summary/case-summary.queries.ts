import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';

export interface CaseListFilter {
  readonly township?: string | null;
  readonly category?: string | null;
  readonly status?: string | null;
  /** Substring of a member name, the village or the address. */
  readonly search?: string | null;
}

export interface CaseListPage {
  readonly totalCount: number;
  readonly rows: readonly (ReadModelDatabase['case_summary'] & { readonly cursor: string })[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

/** Opaque cursor over the list order (newest case file first, then by id). */
const encodeCursor = (openedOn: string, caseId: string): string =>
  Buffer.from(JSON.stringify([openedOn, caseId])).toString('base64url');

export class InvalidCursorError extends Error {
  readonly code = 'VALIDATION_FAILED';
  readonly details = { field: 'after' };
  constructor() {
    super('The cursor is not one this API issued');
  }
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return [value[0] as string, value[1] as string];
    }
  } catch {
    // fall through to the typed error
  }
  throw new InvalidCursorError();
}

export async function listCases(
  db: Kysely<ReadModelDatabase>,
  filter: CaseListFilter,
  page: { readonly first: number; readonly after?: string | null },
): Promise<CaseListPage> {
  let query = db.selectFrom('case_summary');
  if (filter.township) query = query.where('township', '=', filter.township);
  if (filter.category) query = query.where('category', '=', filter.category);
  if (filter.status) query = query.where('status', '=', filter.status);
  const search = filter.search?.trim().toLowerCase();
  if (search) query = query.where('search_text', 'like', `%${search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);

  const { count } = await query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  let pageQuery = query.selectAll();
  if (page.after) {
    const [openedOn, caseId] = decodeCursor(page.after);
    pageQuery = pageQuery.where((eb) =>
      eb.or([eb('opened_on', '<', openedOn), eb.and([eb('opened_on', '=', openedOn), eb('case_id', '<', caseId)])]),
    );
  }
  const rows = await pageQuery
    .orderBy('opened_on', 'desc')
    .orderBy('case_id', 'desc')
    .limit(page.first + 1)
    .execute();
  return {
    totalCount: Number(count),
    rows: rows.slice(0, page.first).map((r) => ({ ...r, cursor: encodeCursor(r.opened_on, r.case_id) })),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
  };
}

export async function getCaseSummary(db: Kysely<ReadModelDatabase>, caseId: string) {
  return db.selectFrom('case_summary').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

export async function getCaseMembers(db: Kysely<ReadModelDatabase>, caseId: string) {
  return db.selectFrom('case_member').selectAll().where('case_id', '=', caseId).orderBy('ordinal').execute();
}

export async function getCaseContacts(db: Kysely<ReadModelDatabase>, caseId: string) {
  return db.selectFrom('case_contact').selectAll().where('case_id', '=', caseId).orderBy('role', 'desc').execute();
}
