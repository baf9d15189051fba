import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandResult } from '../shared/command-result.type';
import { MIN_POSITION_ARG, ReadYourWrites } from '../shared/read-your-writes';
import { CurrentCommandContext, type CommandContext } from '../shared/request-context';
import { GetPerformanceTargetsQuery } from './get-performance-targets.query';
import { RevisePerformanceTargetCommand } from './revise-performance-target.command';
import { SetPerformanceTargetCommand } from './set-performance-target.command';
import { ExplainTargetDeviationCommand } from './explain-target-deviation.command';
import {
  ExplainTargetDeviationInput,
  RevisePerformanceTargetInput,
  SetPerformanceTargetInput,
  WithdrawPerformanceTargetInput,
} from './target.inputs';
import { PerformanceTarget } from './target.types';
import { WithdrawPerformanceTargetCommand } from './withdraw-performance-target.command';

/** The yearly performance targets: stream `target-<year>`; CommandResult.id is that stream id. */
@Resolver(() => PerformanceTarget)
export class TargetsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Query(() => [PerformanceTarget], { description: "A year's targets (withdrawn ones included), in the order set." })
  async performanceTargets(
    @Args('year', { type: () => Int }) year: number,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<PerformanceTarget[]> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new GetPerformanceTargetsQuery(year));
  }

  @Mutation(() => CommandResult, { description: 'createdId is the indicator id.' })
  setPerformanceTarget(@Args('input') input: SetPerformanceTargetInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new SetPerformanceTargetCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  revisePerformanceTarget(@Args('input') input: RevisePerformanceTargetInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new RevisePerformanceTargetCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  withdrawPerformanceTarget(@Args('input') input: WithdrawPerformanceTargetInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new WithdrawPerformanceTargetCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: "Records an active target's deviation reason (偏差原因) for the self-evaluation." })
  explainTargetDeviation(@Args('input') input: ExplainTargetDeviationInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ExplainTargetDeviationCommand(input, ctx));
  }
}
