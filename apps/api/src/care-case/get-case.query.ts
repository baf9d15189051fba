import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { getCaseSummary, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';
import type { Case } from './care-case.types';
import { toCase } from './case.mapper';

export class GetCaseQuery extends Query<Case | null> {
  constructor(readonly caseId: string) {
    super();
  }
}

@QueryHandler(GetCaseQuery)
export class GetCaseHandler implements IQueryHandler<GetCaseQuery, Case | null> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute({ caseId }: GetCaseQuery): Promise<Case | null> {
    const row = await getCaseSummary(this.db, caseId);
    return row ? toCase(row) : null;
  }
}
