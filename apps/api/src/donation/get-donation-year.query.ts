import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { getDonationYear, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';
import type { DonationYear } from './donation.types';

export class GetDonationYearQuery extends Query<DonationYear> {
  constructor(readonly year: number) {
    super();
  }
}

@QueryHandler(GetDonationYearQuery)
export class GetDonationYearHandler implements IQueryHandler<GetDonationYearQuery, DonationYear> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute({ year }: GetDonationYearQuery): Promise<DonationYear> {
    return { year, ...(await getDonationYear(this.db, year)) };
  }
}
