import type { DonationTotals } from '@careledger/domain-donation';
import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { decodeDonationCursor, encodeDonationCursor } from './donations.cursor';

export type DonationRow = ReadModelDatabase['donation'];

export interface DonationFilter {
  readonly year?: number | null;
  readonly channel?: string | null;
}

export interface DonationPage {
  readonly totalCount: number;
  readonly rows: readonly (DonationRow & { readonly cursor: string })[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

/** Donations, newest day first, then newest in the log; reversed ones included (marked). */
export async function listDonations(
  db: Kysely<ReadModelDatabase>,
  filter: DonationFilter,
  page: { readonly first: number; readonly after?: string | null },
): Promise<DonationPage> {
  let query = db.selectFrom('donation');
  if (filter.year != null) query = query.where('year', '=', filter.year);
  if (filter.channel != null) query = query.where('channel', '=', filter.channel);
  const { count } = await query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  let pageQuery = query.selectAll();
  if (page.after) {
    const [receivedOn, position] = decodeDonationCursor(page.after);
    pageQuery = pageQuery.where((eb) =>
      eb.or([eb('received_on', '<', receivedOn), eb.and([eb('received_on', '=', receivedOn), eb('position', '<', position)])]),
    );
  }
  const rows = await pageQuery.orderBy('received_on', 'desc').orderBy('position', 'desc').limit(page.first + 1).execute();
  return {
    totalCount: Number(count),
    rows: rows.slice(0, page.first).map((r) => ({ ...r, cursor: encodeDonationCursor(r.received_on, r.position) })),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
  };
}

/** A year's totals as the annual report counts them: reversed donations excluded. */
export async function getDonationYear(db: Kysely<ReadModelDatabase>, year: number): Promise<DonationTotals> {
  const row = await db
    .selectFrom('donation')
    .where('year', '=', year)
    .where('status', '=', 'RECORDED')
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn.coalesce(eb.fn.sum<number>('amount_fen'), eb.lit(0)).as('amount_fen'),
      eb.fn.coalesce(eb.fn.sum<number>('matching_fen'), eb.lit(0)).as('matching_fen'),
    ])
    .executeTakeFirstOrThrow();
  const amountFen = Number(row.amount_fen);
  const matchingFen = Number(row.matching_fen);
  return { count: Number(row.count), amountFen, matchingFen, totalFen: amountFen + matchingFen };
}
