import type { ReadModelDatabase } from '../read-model/read-model.database';
import { compiledQuery, type QueryParameter } from '../read-model/sqlite-read-models';
import type { VisitTable } from './visits.tables';

// The visits projection's statements on every recorded visit, compiled once per transaction (see
// compiledQuery): built with Kysely's builder on each event they cost more than SQLite's work.

/** A visit's first row; a repeated VisitRecorded of the same visit changes nothing. */
export const insertVisit = compiledQuery((db, p: QueryParameter<VisitTable>) =>
  db
    .insertInto('visit')
    .values({
      visit_id: p('visit_id'),
      visit_type: p('visit_type'),
      visited_on: p('visited_on'),
      township: p('township'),
      visitors: p('visitors'),
      case_ids: p('case_ids'),
      persons_reached: p('persons_reached'),
      persons_count: p('persons_count'),
      case_count: p('case_count'),
      needs_found: p('needs_found'),
      follow_up_action: p('follow_up_action'),
      follow_up_due_on: p('follow_up_due_on'),
      cash_aid_fen: p('cash_aid_fen'),
      fund_id: p('fund_id'),
      goods: p('goods'),
      goods_value_fen: p('goods_value_fen'),
      status: p('status'),
      void_reason: p('void_reason'),
      amendment_count: p('amendment_count'),
      revision: p('revision'),
      recorded_at: p('recorded_at'),
      recorded_by: p('recorded_by'),
      last_recorded_at: p('last_recorded_at'),
    })
    .onConflict((oc) => oc.column('visit_id').doNothing()),
);

type VisitCase = ReadModelDatabase['visit_case'];

export const deleteVisitCases = compiledQuery((db, p: QueryParameter<Pick<VisitCase, 'visit_id'>>) =>
  db.deleteFrom('visit_case').where('visit_id', '=', p('visit_id')),
);

export const insertVisitCase = compiledQuery((db, p: QueryParameter<VisitCase>) =>
  db.insertInto('visit_case').values({ visit_id: p('visit_id'), case_id: p('case_id') }),
);
