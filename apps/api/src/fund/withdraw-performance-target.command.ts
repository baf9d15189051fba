import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { FundCommandService } from './fund-command.service';
import type { WithdrawPerformanceTargetInput } from './target.inputs';

export class WithdrawPerformanceTargetCommand extends Command<CommandResult> {
  constructor(
    readonly input: WithdrawPerformanceTargetInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Withdraws a target with a reason; it stays in the history and its id stays taken. */
@CommandHandler(WithdrawPerformanceTargetCommand)
export class WithdrawPerformanceTargetHandler implements ICommandHandler<WithdrawPerformanceTargetCommand, CommandResult> {
  constructor(private readonly funds: FundCommandService) {}

  execute({ input, context }: WithdrawPerformanceTargetCommand): Promise<CommandResult> {
    const { year, indicatorId, reason } = input;
    return this.funds.runTarget(context, input, {
      year,
      reason,
      command: { type: 'WithdrawTarget', data: { year, indicatorId, reason } },
    });
  }
}
