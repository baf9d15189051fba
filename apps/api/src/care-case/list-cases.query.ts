import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listCases, type ReadModelDatabase } from '@careledger/projections';
import { validationFailed } from '@careledger/domain-kernel';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';
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
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw validationFailed('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
    }
    const page = await listCases(this.db, filter, { first, after });
    const edges = page.rows.map((row) => ({ cursor: row.cursor, node: toCase(row) }));
    return {
      totalCount: page.totalCount,
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
}
