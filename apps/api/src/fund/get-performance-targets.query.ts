import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { getPerformanceTargets, getTargetDeviationReasons, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';
import type { PerformanceTarget } from './target.types';
import { toPerformanceTarget } from './fund.mapper';

export class GetPerformanceTargetsQuery extends Query<PerformanceTarget[]> {
  constructor(readonly year: number) {
    super();
  }
}

@QueryHandler(GetPerformanceTargetsQuery)
export class GetPerformanceTargetsHandler implements IQueryHandler<GetPerformanceTargetsQuery, PerformanceTarget[]> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute({ year }: GetPerformanceTargetsQuery): Promise<PerformanceTarget[]> {
    const [targets, reasons] = await Promise.all([getPerformanceTargets(this.db, year), getTargetDeviationReasons(this.db, year)]);
    // fund_target does not keep the deviation reason: the report facts fold it with the domain's evolve.
    return targets.map((t) => ({ ...toPerformanceTarget(t), deviationReason: reasons.get(t.indicator_id) ?? null }));
  }
}
