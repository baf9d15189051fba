import type { ReadModelDatabase } from '../read-model/read-model.database';
import { compiledQuery, type QueryParameter } from '../read-model/sqlite-read-models';

type Summary = ReadModelDatabase['fund_summary'];
type Entry = ReadModelDatabase['fund_ledger_entry'];

/** What every event on a fund changes on its row: the figures move by these amounts. */
export interface FundDelta {
  readonly fund_id: string;
  readonly allocated_delta_fen: number;
  readonly received_delta_fen: number;
  readonly spent_delta_fen: number;
  readonly personnel_delta_fen: number;
  readonly public_delta_fen: number;
  readonly special_delta_fen: number;
  readonly revision: number;
  readonly last_recorded_at: string;
}

export const insertFund = compiledQuery((db, p: QueryParameter<Summary>) =>
  db.insertInto('fund_summary').values({
    fund_id: p('fund_id'),
    year: p('year'),
    code: p('code'),
    name: p('name'),
    purpose: p('purpose'),
    initial_amount_fen: p('initial_amount_fen'),
    allocated_on: p('allocated_on'),
    allocated_fen: p('allocated_fen'),
    received_fen: p('received_fen'),
    spent_fen: p('spent_fen'),
    spent_personnel_fen: p('spent_personnel_fen'),
    spent_public_fen: p('spent_public_fen'),
    spent_special_fen: p('spent_special_fen'),
    revision: p('revision'),
    last_recorded_at: p('last_recorded_at'),
  }),
);

export const moveFund = compiledQuery((db, p: QueryParameter<FundDelta>) =>
  db
    .updateTable('fund_summary')
    .set((eb) => ({
      allocated_fen: eb('allocated_fen', '+', p('allocated_delta_fen')),
      received_fen: eb('received_fen', '+', p('received_delta_fen')),
      spent_fen: eb('spent_fen', '+', p('spent_delta_fen')),
      spent_personnel_fen: eb('spent_personnel_fen', '+', p('personnel_delta_fen')),
      spent_public_fen: eb('spent_public_fen', '+', p('public_delta_fen')),
      spent_special_fen: eb('spent_special_fen', '+', p('special_delta_fen')),
      revision: p('revision'),
      last_recorded_at: p('last_recorded_at'),
    }))
    .where('fund_id', '=', p('fund_id')),
);

export const insertEntry = compiledQuery((db, p: QueryParameter<Entry>) =>
  db.insertInto('fund_ledger_entry').values({
    fund_id: p('fund_id'),
    position: p('position'),
    revision: p('revision'),
    kind: p('kind'),
    entry_date: p('entry_date'),
    entry_id: p('entry_id'),
    amount_fen: p('amount_fen'),
    allocated_delta_fen: p('allocated_delta_fen'),
    received_delta_fen: p('received_delta_fen'),
    spent_delta_fen: p('spent_delta_fen'),
    category: p('category'),
    description: p('description'),
    source: p('source'),
    reason: p('reason'),
    linked_stream_id: p('linked_stream_id'),
    reversed: p('reversed'),
    actor_id: p('actor_id'),
    recorded_at: p('recorded_at'),
  }),
);

/** The expenditure a reversal cancels (its still-unreversed row). */
export const selectOpenExpenditure = compiledQuery(
  (db, p: QueryParameter<{ fund_id: string; entry_id: string }>) =>
    db
      .selectFrom('fund_ledger_entry')
      .select(['position', 'amount_fen', 'category', 'description', 'linked_stream_id'])
      .where('fund_id', '=', p('fund_id'))
      .where('kind', '=', 'EXPENDITURE')
      .where('entry_id', '=', p('entry_id'))
      .where('reversed', '=', 0),
);

export const markReversed = compiledQuery((db, p: QueryParameter<{ fund_id: string; position: number }>) =>
  db
    .updateTable('fund_ledger_entry')
    .set({ reversed: 1 })
    .where('fund_id', '=', p('fund_id'))
    .where('position', '=', p('position')),
);
