import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandResult } from '../shared/command-result.type';
import { MIN_POSITION_ARG, ReadYourWrites } from '../shared/read-your-writes';
import { CurrentCommandContext, type CommandContext } from '../shared/request-context';
import { DonationFilter, RecordDonationInput, ReverseDonationInput } from './donation.inputs';
import { Donation, DonationConnection, DonationYear } from './donation.types';
import { GetDonationYearQuery } from './get-donation-year.query';
import { ListDonationsQuery } from './list-donations.query';
import { RecordDonationCommand } from './record-donation.command';
import { ReverseDonationCommand } from './reverse-donation.command';

/** Donations (小善举·大爱心): stream `donation-<year>`; CommandResult.id is the year. */
@Resolver(() => Donation)
export class DonationsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Query(() => DonationConnection, { description: 'Donations, newest day first; reversed ones included, marked.' })
  async donations(
    @Args('filter', { type: () => DonationFilter, nullable: true }) filter: DonationFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<DonationConnection> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new ListDonationsQuery(filter ?? {}, first ?? 20, after));
  }

  @Query(() => DonationYear, { description: "A campaign year's totals, reversed donations excluded (zeros for a year without any)." })
  async donationYear(
    @Args('year', { type: () => Int }) year: number,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<DonationYear> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new GetDonationYearQuery(year));
  }

  @Mutation(() => CommandResult, { description: 'id is the year; createdId is the donation id.' })
  recordDonation(@Args('input') input: RecordDonationInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new RecordDonationCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'id is the year.' })
  reverseDonation(@Args('input') input: ReverseDonationInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ReverseDonationCommand(input, ctx));
  }
}
