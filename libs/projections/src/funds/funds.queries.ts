import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { decodeCursor, encodeCursor } from './funds.cursor';

export type FundRow = ReadModelDatabase['fund_summary'];

export interface FundPage {
  readonly totalCount: number;
  readonly rows: readonly (FundRow & { readonly cursor: string })[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

/** Funds, newest year first, then by id; optionally of one year. */
export async function listFunds(
  db: Kysely<ReadModelDatabase>,
  filter: { readonly year?: number | null },
  page: { readonly first: number; readonly after?: string | null },
): Promise<FundPage> {
  let query = db.selectFrom('fund_summary');
  if (filter.year != null) query = query.where('year', '=', filter.year);
  const { count } = await query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  let pageQuery = query.selectAll();
  if (page.after) {
    const [fundId, year] = decodeCursor(page.after);
    pageQuery = pageQuery.where((eb) =>
      eb.or([eb('year', '<', year), eb.and([eb('year', '=', year), eb('fund_id', '>', fundId)])]),
    );
  }
  const rows = await pageQuery.orderBy('year', 'desc').orderBy('fund_id').limit(page.first + 1).execute();
  return {
    totalCount: Number(count),
    rows: rows.slice(0, page.first).map((r) => ({ ...r, cursor: encodeCursor([r.fund_id, r.year]) })),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
  };
}

export async function getFund(db: Kysely<ReadModelDatabase>, fundId: string): Promise<FundRow | undefined> {
  return db.selectFrom('fund_summary').selectAll().where('fund_id', '=', fundId).executeTakeFirst();
}
