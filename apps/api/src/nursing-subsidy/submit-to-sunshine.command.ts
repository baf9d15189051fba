import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import type { SubmitSubsidyToSunshineInput } from './nursing-subsidy.inputs';
import { SubsidyCommandService } from './subsidy-command.service';

export class SubmitSubsidyToSunshineCommand extends Command<CommandResult> {
  constructor(
    readonly input: SubmitSubsidyToSunshineInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SubmitSubsidyToSunshineCommand)
export class SubmitSubsidyToSunshineHandler implements ICommandHandler<SubmitSubsidyToSunshineCommand, CommandResult> {
  constructor(private readonly subsidies: SubsidyCommandService) {}

  execute({ input, context }: SubmitSubsidyToSunshineCommand): Promise<CommandResult> {
    return this.subsidies.run(context, input, () => ({
      applicationId: input.applicationId,
        businessDate: input.submittedOn,
      command: {
        type: 'SubmitToSunshine',
        data: { applicationId: input.applicationId, externalRef: input.externalRef, submittedOn: input.submittedOn },
      },
    }));
  }
}
