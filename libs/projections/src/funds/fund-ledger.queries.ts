import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { decodeCursor, encodeCursor } from './funds.cursor';

export type FundLedgerRow = ReadModelDatabase['fund_ledger_entry'] & {
  /** Allocated (incl. adjustments) − spent, up to and including this entry. */
  readonly running_remaining_fen: number;
  /** Received − spent, up to and including this entry (the cash balance). */
  readonly running_balance_fen: number;
  readonly cursor: string;
};

export interface FundLedgerFilter {
  readonly category?: string | null;
  /** Inclusive civil dates. */
  readonly dateFrom?: string | null;
  readonly dateTo?: string | null;
}

export interface FundLedgerPage {
  readonly totalCount: number;
  readonly rows: readonly FundLedgerRow[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

/**
 * A fund's ledger in business-day then log order. The running figures are summed over the WHOLE
 * ledger before filtering, so a filtered page still shows the fund's true balance at each entry;
 * they are computed here, not stored, because a back-dated entry moves every later balance.
 */
export async function getFundLedger(
  db: Kysely<ReadModelDatabase>,
  fundId: string,
  filter: FundLedgerFilter,
  page: { readonly first: number; readonly after?: string | null },
): Promise<FundLedgerPage> {
  const ordered = db
    .selectFrom('fund_ledger_entry')
    .selectAll()
    .select((eb) => {
      const running = (column: 'allocated_delta_fen' | 'received_delta_fen' | 'spent_delta_fen') =>
        eb.fn.sum<number>(column).over((ob) => ob.orderBy('entry_date').orderBy('position'));
      return [
        eb(running('allocated_delta_fen'), '-', running('spent_delta_fen')).as('running_remaining_fen'),
        eb(running('received_delta_fen'), '-', running('spent_delta_fen')).as('running_balance_fen'),
      ];
    })
    .where('fund_id', '=', fundId);
  let query = db.selectFrom(ordered.as('l')).selectAll();
  if (filter.category) query = query.where('category', '=', filter.category);
  if (filter.dateFrom) query = query.where('entry_date', '>=', filter.dateFrom);
  if (filter.dateTo) query = query.where('entry_date', '<=', filter.dateTo);
  const { count } = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  if (page.after) {
    const [date, position] = decodeCursor(page.after);
    query = query.where((eb) =>
      eb.or([eb('entry_date', '>', date), eb.and([eb('entry_date', '=', date), eb('position', '>', position)])]),
    );
  }
  const rows = await query.orderBy('entry_date').orderBy('position').limit(page.first + 1).execute();
  return {
    totalCount: Number(count),
    rows: rows.slice(0, page.first).map((r) => ({
      ...r,
      running_remaining_fen: Number(r.running_remaining_fen),
      running_balance_fen: Number(r.running_balance_fen),
      cursor: encodeCursor([r.entry_date, r.position]),
    })),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
  };
}
