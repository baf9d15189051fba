import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import type { ReviewSubsidyByCountyInput } from './nursing-subsidy.inputs';
import { SubsidyCommandService } from './subsidy-command.service';

export class ReviewSubsidyByCountyCommand extends Command<CommandResult> {
  constructor(
    readonly input: ReviewSubsidyByCountyInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReviewSubsidyByCountyCommand)
export class ReviewSubsidyByCountyHandler implements ICommandHandler<ReviewSubsidyByCountyCommand, CommandResult> {
  constructor(private readonly subsidies: SubsidyCommandService) {}

  execute({ input, context }: ReviewSubsidyByCountyCommand): Promise<CommandResult> {
    return this.subsidies.run(context, input, () => ({
      applicationId: input.applicationId,
        reason: input.decision === 'REJECTED' ? (input.opinion ?? null) : null,
      command: {
        type: 'ReviewByCounty',
        data: { applicationId: input.applicationId, decision: input.decision, opinion: input.opinion ?? '' },
      },
    }));
  }
}
