import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import type { PostSubsidyNoticeInput } from './nursing-subsidy.inputs';
import { SubsidyCommandService } from './subsidy-command.service';

export class PostSubsidyNoticeCommand extends Command<CommandResult> {
  constructor(
    readonly input: PostSubsidyNoticeInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(PostSubsidyNoticeCommand)
export class PostSubsidyNoticeHandler implements ICommandHandler<PostSubsidyNoticeCommand, CommandResult> {
  constructor(private readonly subsidies: SubsidyCommandService) {}

  execute({ input, context }: PostSubsidyNoticeCommand): Promise<CommandResult> {
    return this.subsidies.run(context, input, () => ({
      applicationId: input.applicationId,
        businessDate: input.postedOn,
      command: {
        type: 'PostNotice',
        data: { applicationId: input.applicationId, postedOn: input.postedOn },
      },
    }));
  }
}
