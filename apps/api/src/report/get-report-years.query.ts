import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { getReportFacts, reportYears, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';

/** The years the live report facts have something to count, ascending. */
export class GetReportYearsQuery extends Query<number[]> {}

@QueryHandler(GetReportYearsQuery)
export class GetReportYearsHandler implements IQueryHandler<GetReportYearsQuery, number[]> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute(): Promise<number[]> {
    return reportYears((await getReportFacts(this.db)).facts);
  }
}
