import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listFunds, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';
import { assertPageSize, toConnection } from '../shared/connection';
import type { FundFilter } from './fund.inputs';
import type { FundConnection } from './fund.types';
import { toFund } from './fund.mapper';

export const MAX_FUND_PAGE_SIZE = 100;

export class ListFundsQuery extends Query<FundConnection> {
  constructor(
    readonly filter: FundFilter,
    readonly first: number,
    readonly after: string | null,
  ) {
    super();
  }
}

@QueryHandler(ListFundsQuery)
export class ListFundsHandler implements IQueryHandler<ListFundsQuery, FundConnection> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute({ filter, first, after }: ListFundsQuery): Promise<FundConnection> {
    assertPageSize(first, MAX_FUND_PAGE_SIZE);
    return toConnection(await listFunds(this.db, filter, { first, after }), toFund);
  }
}
