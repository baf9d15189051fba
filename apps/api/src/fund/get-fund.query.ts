import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { getFund, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';
import type { Fund } from './fund.types';
import { toFund } from './fund.mapper';

export class GetFundQuery extends Query<Fund | null> {
  constructor(readonly fundId: string) {
    super();
  }
}

@QueryHandler(GetFundQuery)
export class GetFundHandler implements IQueryHandler<GetFundQuery, Fund | null> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute({ fundId }: GetFundQuery): Promise<Fund | null> {
    const row = await getFund(this.db, fundId);
    return row ? toFund(row) : null;
  }
}
