import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandResult } from '../shared/command-result.type';
import { CurrentCommandContext, type CommandContext } from '../shared/request-context';
import { AdjustAllocationCommand } from './adjust-allocation.command';
import { AllocateBudgetCommand } from './allocate-budget.command';
import {
  AdjustAllocationInput,
  AllocateBudgetInput,
  ReceiveFundsInput,
  RecordExpenditureInput,
  ReverseExpenditureInput,
} from './fund.inputs';
import { ReceiveFundsCommand } from './receive-funds.command';
import { RecordExpenditureCommand } from './record-expenditure.command';
import { ReverseExpenditureCommand } from './reverse-expenditure.command';

/** One mutation per fund command. */
@Resolver()
export class FundCommandsResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Opens a fund: id is the fund id <year>-<code>.' })
  allocateBudget(@Args('input') input: AllocateBudgetInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new AllocateBudgetCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'createdId is the receipt id.' })
  receiveFunds(@Args('input') input: ReceiveFundsInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ReceiveFundsCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'createdId is the expenditure id.' })
  recordExpenditure(@Args('input') input: RecordExpenditureInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new RecordExpenditureCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  reverseExpenditure(@Args('input') input: ReverseExpenditureInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ReverseExpenditureCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'createdId is the adjustment id.' })
  adjustAllocation(@Args('input') input: AdjustAllocationInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new AdjustAllocationCommand(input, ctx));
  }
}
