import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCivilDate } from '@careledger/domain-kernel';
import { getFundLedger, type FundLedgerFilter, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';
import { assertPageSize, toConnection } from '../shared/connection';
import type { FundLedgerConnection } from './fund.types';
import { toLedgerEntry } from './fund.mapper';

export const MAX_LEDGER_PAGE_SIZE = 200;

export class GetFundLedgerQuery extends Query<FundLedgerConnection> {
  constructor(
    readonly fundId: string,
    readonly filter: FundLedgerFilter,
    readonly first: number,
    readonly after: string | null,
  ) {
    super();
  }
}

@QueryHandler(GetFundLedgerQuery)
export class GetFundLedgerHandler implements IQueryHandler<GetFundLedgerQuery, FundLedgerConnection> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute({ fundId, filter, first, after }: GetFundLedgerQuery): Promise<FundLedgerConnection> {
    assertPageSize(first, MAX_LEDGER_PAGE_SIZE);
    if (filter.dateFrom) assertCivilDate('dateFrom', filter.dateFrom);
    if (filter.dateTo) assertCivilDate('dateTo', filter.dateTo);
    return toConnection(await getFundLedger(this.db, fundId, filter, { first, after }), toLedgerEntry);
  }
}
