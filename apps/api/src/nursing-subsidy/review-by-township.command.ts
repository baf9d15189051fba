import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import type { ReviewSubsidyByTownshipInput } from './nursing-subsidy.inputs';
import { SubsidyCommandService } from './subsidy-command.service';

export class ReviewSubsidyByTownshipCommand extends Command<CommandResult> {
  constructor(
    readonly input: ReviewSubsidyByTownshipInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReviewSubsidyByTownshipCommand)
export class ReviewSubsidyByTownshipHandler implements ICommandHandler<ReviewSubsidyByTownshipCommand, CommandResult> {
  constructor(private readonly subsidies: SubsidyCommandService) {}

  execute({ input, context }: ReviewSubsidyByTownshipCommand): Promise<CommandResult> {
    return this.subsidies.run(context, input, () => ({
      applicationId: input.applicationId,
        reason: input.decision === 'RETURNED' ? (input.opinion ?? null) : null,
      command: {
        type: 'ReviewByTownship',
        data: { applicationId: input.applicationId, decision: input.decision, opinion: input.opinion ?? '' },
      },
    }));
  }
}
