import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { FundCommandService } from './fund-command.service';
import type { ExplainTargetDeviationInput } from './target.inputs';

export class ExplainTargetDeviationCommand extends Command<CommandResult> {
  constructor(
    readonly input: ExplainTargetDeviationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Records why an active target deviates (偏差原因, performance self-evaluation); the same reason again is a no-op. */
@CommandHandler(ExplainTargetDeviationCommand)
export class ExplainTargetDeviationHandler implements ICommandHandler<ExplainTargetDeviationCommand, CommandResult> {
  constructor(private readonly funds: FundCommandService) {}

  execute({ input, context }: ExplainTargetDeviationCommand): Promise<CommandResult> {
    const { year, indicatorId, reason } = input;
    return this.funds.runTarget(context, input, {
      year,
      reason,
      command: { type: 'ExplainTargetDeviation', data: { year, indicatorId, reason } },
    });
  }
}
