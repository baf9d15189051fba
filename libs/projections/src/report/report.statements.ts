import type { ReadModelDatabase } from '../read-model/read-model.database';
import { compiledQuery, type QueryParameter } from '../read-model/sqlite-read-models';
import type { ReportFact } from './report-facts.types';

type Row = ReadModelDatabase['report_fact'];

export const selectFact = compiledQuery((db, p: QueryParameter<Pick<Row, 'fact_id'>>) =>
  db.selectFrom('report_fact').selectAll().where('fact_id', '=', p('fact_id')),
);

export const upsertFact = compiledQuery((db, p: QueryParameter<Row>) =>
  db
    .insertInto('report_fact')
    .values({ fact_id: p('fact_id'), stream_id: p('stream_id'), kind: p('kind'), data: p('data'), positions: p('positions') })
    .onConflict((oc) => oc.column('fact_id').doUpdateSet({ data: p('data'), positions: p('positions') })),
);

export const toRow = (fact: ReportFact): Row => ({
  fact_id: fact.factId,
  stream_id: fact.streamId,
  kind: fact.kind,
  data: JSON.stringify(fact.data),
  positions: JSON.stringify(fact.positions),
});

export const fromRow = (row: Row): ReportFact =>
  ({
    factId: row.fact_id,
    streamId: row.stream_id,
    kind: row.kind,
    data: JSON.parse(row.data) as unknown,
    positions: JSON.parse(row.positions) as number[],
  }) as ReportFact;
