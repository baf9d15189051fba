import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listCases, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';
import { assertPageSize, toConnection } from '../shared/connection';
import type { CaseFilter } from './care-case.inputs';
import type { CaseConnection } from './care-case.types';
import { toCase } from './case.mapper';

export const MAX_PAGE_SIZE = 100;

export class ListCasesQuery extends Query<CaseConnection> {
  constructor(
    readonly filter: CaseFilter,
    readonly first: number,
    readonly after: string | null,
  ) {
    super();
  }
}

@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery, CaseConnection> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute({ filter, first, after }: ListCasesQuery): Promise<CaseConnection> {
    assertPageSize(first, MAX_PAGE_SIZE);
    return toConnection(await listCases(this.db, filter, { first, after }), toCase);
  }
}
