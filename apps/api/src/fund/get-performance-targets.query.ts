import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { getPerformanceTargets, type ReadModelDatabase } from '@careledger/projections';
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
    return (await getPerformanceTargets(this.db, year)).map(toPerformanceTarget);
  }
}
