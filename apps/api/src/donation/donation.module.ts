import { Module } from '@nestjs/common';
import { DonationsResolver } from './donations.resolver';
import { GetDonationYearHandler } from './get-donation-year.query';
import { ListDonationsHandler } from './list-donations.query';
import { RecordDonationHandler } from './record-donation.command';
import { ReverseDonationHandler } from './reverse-donation.command';

/** The donation commands, queries and resolvers. */
@Module({
  providers: [DonationsResolver, RecordDonationHandler, ReverseDonationHandler, ListDonationsHandler, GetDonationYearHandler],
})
export class DonationModule {}
