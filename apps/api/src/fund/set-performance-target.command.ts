import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { FundCommandService } from './fund-command.service';
import type { SetPerformanceTargetInput } from './target.inputs';

export class SetPerformanceTargetCommand extends Command<CommandResult> {
  constructor(
    readonly input: SetPerformanceTargetInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Sets one indicator of a year's targets (stream `target-<year>`); createdId is the indicator id. */
@CommandHandler(SetPerformanceTargetCommand)
export class SetPerformanceTargetHandler implements ICommandHandler<SetPerformanceTargetCommand, CommandResult> {
  constructor(private readonly funds: FundCommandService) {}

  execute({ input, context }: SetPerformanceTargetCommand): Promise<CommandResult> {
    const { year, indicatorId, name, direction, value, unit, weight, sourceQuery } = input;
    return this.funds.runTarget(context, input, {
      year,
      command: { type: 'SetTarget', data: { year, indicatorId, name, direction, value, unit, weight, sourceQuery } },
    });
  }
}
