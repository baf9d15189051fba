import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import type { RecordSubsidyPaymentFailureInput } from './nursing-subsidy.inputs';
import { SubsidyCommandService } from './subsidy-command.service';

export class RecordSubsidyPaymentFailureCommand extends Command<CommandResult> {
  constructor(
    readonly input: RecordSubsidyPaymentFailureInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordSubsidyPaymentFailureCommand)
export class RecordSubsidyPaymentFailureHandler implements ICommandHandler<RecordSubsidyPaymentFailureCommand, CommandResult> {
  constructor(private readonly subsidies: SubsidyCommandService) {}

  execute({ input, context }: RecordSubsidyPaymentFailureCommand): Promise<CommandResult> {
    return this.subsidies.run(context, input, () => ({
      applicationId: input.applicationId,
        businessDate: input.failedOn,
        reason: input.reason,
      command: {
        type: 'RecordPaymentFailure',
        data: { applicationId: input.applicationId, reason: input.reason, failedOn: input.failedOn },
      },
    }));
  }
}
