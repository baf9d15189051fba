import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import type { ReissueSubsidyPaymentInput } from './nursing-subsidy.inputs';
import { SubsidyCommandService } from './subsidy-command.service';

export class ReissueSubsidyPaymentCommand extends Command<CommandResult> {
  constructor(
    readonly input: ReissueSubsidyPaymentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReissueSubsidyPaymentCommand)
export class ReissueSubsidyPaymentHandler implements ICommandHandler<ReissueSubsidyPaymentCommand, CommandResult> {
  constructor(private readonly subsidies: SubsidyCommandService) {}

  execute({ input, context }: ReissueSubsidyPaymentCommand): Promise<CommandResult> {
    return this.subsidies.run(context, input, () => ({
      applicationId: input.applicationId,
        businessDate: input.issuedOn,
      command: {
        type: 'ReissuePayment',
        data: {
            applicationId: input.applicationId,
            batchId: input.batchId,
            period: input.period,
            issuedOn: input.issuedOn,
          },
      },
    }));
  }
}
