import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import type { CloseSubsidyNoticeInput } from './nursing-subsidy.inputs';
import { SubsidyCommandService } from './subsidy-command.service';

export class CloseSubsidyNoticeCommand extends Command<CommandResult> {
  constructor(
    readonly input: CloseSubsidyNoticeInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CloseSubsidyNoticeCommand)
export class CloseSubsidyNoticeHandler implements ICommandHandler<CloseSubsidyNoticeCommand, CommandResult> {
  constructor(private readonly subsidies: SubsidyCommandService) {}

  execute({ input, context }: CloseSubsidyNoticeCommand): Promise<CommandResult> {
    return this.subsidies.run(context, input, () => ({
      applicationId: input.applicationId,
        businessDate: input.closedOn,
      command: {
        type: 'CloseNotice',
        data: { applicationId: input.applicationId, closedOn: input.closedOn, objections: input.objections ?? null },
      },
    }));
  }
}
