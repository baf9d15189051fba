import { QueryBus } from '@nestjs/cqrs';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { SafeIntScalar } from '../shared/graphql-scalars';
import { MIN_POSITION_ARG, ReadYourWrites } from '../shared/read-your-writes';
import { GetAnnualReportQuery } from './get-annual-report.query';
import { GetReportYearsQuery } from './get-report-years.query';
import { AnnualReport } from './report.types';

@Resolver(() => AnnualReport)
export class ReportResolver {
  constructor(
    private readonly queries: QueryBus,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Query(() => AnnualReport, {
    description: 'The annual report of a year (county when township is null), live or as of atPosition (replayed from the log).',
  })
  async annualReport(
    @Args('year', { type: () => Int }) year: number,
    @Args('township', { type: () => String, nullable: true }) township: string | null,
    @Args('atPosition', { type: () => SafeIntScalar, nullable: true }) atPosition: number | null,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<AnnualReport> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new GetAnnualReportQuery(year, township ?? null, atPosition ?? null));
  }

  @Query(() => [Int], {
    description: 'The years the log gives an annual report something to count (a payment, policy, visit, fund, target or donation of the year), ascending.',
  })
  async annualReportYears(@Args('minPosition', MIN_POSITION_ARG) minPosition: number | null): Promise<number[]> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new GetReportYearsQuery());
  }
}
