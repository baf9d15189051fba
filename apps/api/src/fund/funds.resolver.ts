import { QueryBus } from '@nestjs/cqrs';
import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ExpenditureCategory } from '@careledger/domain-fund';
import { MIN_POSITION_ARG, ReadYourWrites } from '../shared/read-your-writes';
import { GetFundLedgerQuery } from './get-fund-ledger.query';
import { GetFundQuery } from './get-fund.query';
import { ListFundsQuery } from './list-funds.query';
import { FundFilter } from './fund.inputs';
import { toFundFigures } from './fund.mapper';
import { ExpenditureCategoryEnum, Fund, FundConnection, FundFigures, FundLedgerConnection } from './fund.types';

@Resolver(() => Fund)
export class FundsResolver {

  constructor(
    private readonly queries: QueryBus,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Query(() => FundConnection, { description: 'Funds, newest year first, then by id; a cursor connection.' })
  async funds(
    @Args('filter', { type: () => FundFilter, nullable: true }) filter: FundFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<FundConnection> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new ListFundsQuery(filter ?? {}, first ?? 20, after));
  }

  @Query(() => Fund, { nullable: true, description: 'One fund by id (<year>-<code>), null if unknown.' })
  async fund(
    @Args('id', { type: () => ID }) id: string,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<Fund | null> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new GetFundQuery(id));
  }

  @ResolveField(() => FundFigures, { description: 'Spending by category with shares, balance and the received gap.' })
  figures(@Parent() fund: Fund): FundFigures {
    return toFundFigures(fund);
  }

  @ResolveField(() => FundLedgerConnection, {
    description: 'Every entry in business-day then log order, with the running figures after each.',
  })
  ledger(
    @Parent() fund: Fund,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('category', { type: () => ExpenditureCategoryEnum, nullable: true }) category: ExpenditureCategory | null,
    @Args('dateFrom', { type: () => String, nullable: true }) dateFrom: string | null,
    @Args('dateTo', { type: () => String, nullable: true }) dateTo: string | null,
  ): Promise<FundLedgerConnection> {
    return this.queries.execute(new GetFundLedgerQuery(fund.id, { category, dateFrom, dateTo }, first ?? 50, after));
  }
}
