import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import type { RefuseSubsidyAfterNoticeInput } from './nursing-subsidy.inputs';
import { SubsidyCommandService } from './subsidy-command.service';

export class RefuseSubsidyAfterNoticeCommand extends Command<CommandResult> {
  constructor(
    readonly input: RefuseSubsidyAfterNoticeInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RefuseSubsidyAfterNoticeCommand)
export class RefuseSubsidyAfterNoticeHandler implements ICommandHandler<RefuseSubsidyAfterNoticeCommand, CommandResult> {
  constructor(private readonly subsidies: SubsidyCommandService) {}

  execute({ input, context }: RefuseSubsidyAfterNoticeCommand): Promise<CommandResult> {
    return this.subsidies.run(context, input, () => ({
      applicationId: input.applicationId,
      businessDate: input.refusedOn,
      reason: input.reason,
      command: {
        type: 'RefuseAfterNotice',
        data: { applicationId: input.applicationId, refusedOn: input.refusedOn, reason: input.reason },
      },
    }));
  }
}
