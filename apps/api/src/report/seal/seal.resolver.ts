import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandResult } from '../../shared/command-result.type';
import { MIN_POSITION_ARG, ReadYourWrites } from '../../shared/read-your-writes';
import { CurrentCommandContext, type CommandContext } from '../../shared/request-context';
import { SealAnnualReportCommand } from './seal-annual-report.command';
import { ListSealedReportsQuery } from './sealed-reports.query';
import { SealAnnualReportInput, SealedReport, SealVerification } from './seal.types';
import { VerifySealedReportQuery } from './verify-sealed-report.query';

/** Sealed annual reports: stream `report-seal-<year>`; CommandResult.id is the year. */
@Resolver(() => SealedReport)
export class SealResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Mutation(() => CommandResult, { description: 'Seals the report as computed at the current log head; createdId is the seal id.' })
  sealAnnualReport(@Args('input') input: SealAnnualReportInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new SealAnnualReportCommand(input, ctx));
  }

  @Query(() => [SealedReport], { description: 'The seals of a year, oldest first (a later seal of the same report corrects it).' })
  async sealedReports(
    @Args('year', { type: () => Int }) year: number,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<SealedReport[]> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new ListSealedReportsQuery(year));
  }

  @Query(() => SealVerification, { description: "Regenerates a sealed report at its position and compares it with the seal's figures hash." })
  async verifySealedReport(
    @Args('year', { type: () => Int }) year: number,
    @Args('sealId', { type: () => ID }) sealId: string,
    @Args('expectedHash', { type: () => String, nullable: true, description: "Compare against this hash instead of the seal's." })
    expectedHash: string | null,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<SealVerification> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new VerifySealedReportQuery(year, sealId, expectedHash ?? null));
  }
}
