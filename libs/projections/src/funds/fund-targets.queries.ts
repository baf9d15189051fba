import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';

export type FundTargetRow = ReadModelDatabase['fund_target'] & {
  readonly history: readonly ReadModelDatabase['fund_target_history'][];
};

/** A year's targets in the order they were set, each with its history oldest first. */
export async function getPerformanceTargets(db: Kysely<ReadModelDatabase>, year: number): Promise<FundTargetRow[]> {
  const [targets, history] = await Promise.all([
    db.selectFrom('fund_target').selectAll().where('year', '=', year).orderBy('set_position').execute(),
    db.selectFrom('fund_target_history').selectAll().where('year', '=', year).orderBy('position').execute(),
  ]);
  return targets.map((t) => ({ ...t, history: history.filter((h) => h.indicator_id === t.indicator_id) }));
}
