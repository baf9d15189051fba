import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { TargetFields } from '@careledger/domain-fund';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { FundCommandService } from './fund-command.service';
import type { RevisePerformanceTargetInput } from './target.inputs';

export class RevisePerformanceTargetCommand extends Command<CommandResult> {
  constructor(
    readonly input: RevisePerformanceTargetInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

const FIELDS = ['name', 'direction', 'value', 'unit', 'weight', 'sourceQuery'] as const satisfies readonly (keyof TargetFields)[];

/** Changes the fields given (left out or null: unchanged), with a reason. */
@CommandHandler(RevisePerformanceTargetCommand)
export class RevisePerformanceTargetHandler implements ICommandHandler<RevisePerformanceTargetCommand, CommandResult> {
  constructor(private readonly funds: FundCommandService) {}

  execute({ input, context }: RevisePerformanceTargetCommand): Promise<CommandResult> {
    const changes = Object.fromEntries(
      FIELDS.flatMap((field) => (input[field] == null ? [] : [[field, input[field]]])),
    ) as Partial<TargetFields>;
    const { year, indicatorId, reason } = input;
    return this.funds.runTarget(context, input, {
      year,
      reason,
      command: { type: 'ReviseTarget', data: { year, indicatorId, changes, reason } },
    });
  }
}
