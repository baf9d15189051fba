import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { validationFailed } from '@careledger/domain-kernel';
import type { EventStore } from '@careledger/event-store';
import { getReportFacts, replayReportFacts, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { EVENT_STORE, READ_DB } from '../infrastructure/tokens';
import { toAnnualReport } from './annual-report.mapper';
import type { AnnualReport } from './report.types';

/** `atPosition` null: the live read model; else the log folded in memory up to that position. */
export class GetAnnualReportQuery extends Query<AnnualReport> {
  constructor(
    readonly year: number,
    readonly township: string | null,
    readonly atPosition: number | null,
  ) {
    super();
  }
}

@QueryHandler(GetAnnualReportQuery)
export class GetAnnualReportHandler implements IQueryHandler<GetAnnualReportQuery, AnnualReport> {
  constructor(
    @Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ year, township, atPosition }: GetAnnualReportQuery): Promise<AnnualReport> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw validationFailed('year', 'year must be from 2000 to 2100');
    if (atPosition === null) {
      const { facts, position } = await getReportFacts(this.db);
      return toAnnualReport(facts, year, township, position);
    }
    if (!Number.isSafeInteger(atPosition) || atPosition < 0) {
      throw validationFailed('atPosition', 'atPosition must be a log position (an integer ≥ 0)');
    }
    // A position beyond the head reports as of the head: the report names the position it used.
    const position = Math.min(atPosition, (await this.store.head()).position);
    return toAnnualReport(await replayReportFacts(this.store, position), year, township, position);
  }
}
