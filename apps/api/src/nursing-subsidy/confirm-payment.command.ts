import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import type { ConfirmSubsidyPaymentInput } from './nursing-subsidy.inputs';
import { SubsidyCommandService } from './subsidy-command.service';

export class ConfirmSubsidyPaymentCommand extends Command<CommandResult> {
  constructor(
    readonly input: ConfirmSubsidyPaymentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ConfirmSubsidyPaymentCommand)
export class ConfirmSubsidyPaymentHandler implements ICommandHandler<ConfirmSubsidyPaymentCommand, CommandResult> {
  constructor(private readonly subsidies: SubsidyCommandService) {}

  execute({ input, context }: ConfirmSubsidyPaymentCommand): Promise<CommandResult> {
    return this.subsidies.run(context, input, () => ({
      applicationId: input.applicationId,
        businessDate: input.paidOn,
      command: {
        type: 'ConfirmPayment',
        data: { applicationId: input.applicationId, paidOn: input.paidOn },
      },
    }));
  }
}
