import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listDonations, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';
import { assertPageSize, toConnection } from '../shared/connection';
import type { DonationFilter } from './donation.inputs';
import { toDonation } from './donation.mapper';
import type { DonationConnection } from './donation.types';

export const MAX_DONATION_PAGE_SIZE = 100;

export class ListDonationsQuery extends Query<DonationConnection> {
  constructor(
    readonly filter: DonationFilter,
    readonly first: number,
    readonly after: string | null,
  ) {
    super();
  }
}

@QueryHandler(ListDonationsQuery)
export class ListDonationsHandler implements IQueryHandler<ListDonationsQuery, DonationConnection> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute({ filter, first, after }: ListDonationsQuery): Promise<DonationConnection> {
    assertPageSize(first, MAX_DONATION_PAGE_SIZE);
    return toConnection(await listDonations(this.db, filter, { first, after }), toDonation);
  }
}
