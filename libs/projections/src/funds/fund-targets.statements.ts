import type { ReadModelDatabase } from '../read-model/read-model.database';
import { compiledQuery, type QueryParameter } from '../read-model/sqlite-read-models';

type Target = ReadModelDatabase['fund_target'];
type History = ReadModelDatabase['fund_target_history'];
type TargetKey = Pick<Target, 'year' | 'indicator_id'>;

export const insertTarget = compiledQuery((db, p: QueryParameter<Target>) =>
  db.insertInto('fund_target').values({
    year: p('year'),
    indicator_id: p('indicator_id'),
    set_position: p('set_position'),
    name: p('name'),
    direction: p('direction'),
    value: p('value'),
    unit: p('unit'),
    weight: p('weight'),
    source_query: p('source_query'),
    status: p('status'),
    revision_count: p('revision_count'),
    deviation_reason: p('deviation_reason'),
    deviation_explained_position: p('deviation_explained_position'),
    deviation_explained_at: p('deviation_explained_at'),
    deviation_explained_by: p('deviation_explained_by'),
  }),
);

export const selectTarget = compiledQuery((db, p: QueryParameter<TargetKey>) =>
  db
    .selectFrom('fund_target')
    .selectAll()
    .where('year', '=', p('year'))
    .where('indicator_id', '=', p('indicator_id')),
);

type TargetFieldsRow = Pick<Target, 'name' | 'direction' | 'value' | 'unit' | 'weight' | 'source_query'>;

/** Writes every current field back (a revision names only what changed; the row holds the rest). */
export const reviseTargetRow = compiledQuery((db, p: QueryParameter<TargetKey & TargetFieldsRow>) =>
  db
    .updateTable('fund_target')
    .set((eb) => ({
      name: p('name'),
      direction: p('direction'),
      value: p('value'),
      unit: p('unit'),
      weight: p('weight'),
      source_query: p('source_query'),
      revision_count: eb('revision_count', '+', 1),
    }))
    .where('year', '=', p('year'))
    .where('indicator_id', '=', p('indicator_id')),
);

export const withdrawTargetRow = compiledQuery((db, p: QueryParameter<TargetKey>) =>
  db
    .updateTable('fund_target')
    .set({ status: 'WITHDRAWN' })
    .where('year', '=', p('year'))
    .where('indicator_id', '=', p('indicator_id')),
);

type Explanation = Pick<
  Target,
  'deviation_reason' | 'deviation_explained_position' | 'deviation_explained_at' | 'deviation_explained_by'
>;

/** The latest explanation replaces the one before (numAffectedRows 0: no such target). */
export const explainTargetRow = compiledQuery((db, p: QueryParameter<TargetKey & Explanation>) =>
  db
    .updateTable('fund_target')
    .set({
      deviation_reason: p('deviation_reason'),
      deviation_explained_position: p('deviation_explained_position'),
      deviation_explained_at: p('deviation_explained_at'),
      deviation_explained_by: p('deviation_explained_by'),
    })
    .where('year', '=', p('year'))
    .where('indicator_id', '=', p('indicator_id')),
);

export const insertHistory = compiledQuery((db, p: QueryParameter<History>) =>
  db.insertInto('fund_target_history').values({
    position: p('position'),
    year: p('year'),
    indicator_id: p('indicator_id'),
    kind: p('kind'),
    changes: p('changes'),
    reason: p('reason'),
    actor_id: p('actor_id'),
    actor_role: p('actor_role'),
    recorded_at: p('recorded_at'),
    business_date: p('business_date'),
  }),
);
