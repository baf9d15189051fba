import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import type { IssueSubsidyPaymentInput } from './nursing-subsidy.inputs';
import { SubsidyCommandService } from './subsidy-command.service';

export class IssueSubsidyPaymentCommand extends Command<CommandResult> {
  constructor(
    readonly input: IssueSubsidyPaymentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(IssueSubsidyPaymentCommand)
export class IssueSubsidyPaymentHandler implements ICommandHandler<IssueSubsidyPaymentCommand, CommandResult> {
  constructor(private readonly subsidies: SubsidyCommandService) {}

  execute({ input, context }: IssueSubsidyPaymentCommand): Promise<CommandResult> {
    return this.subsidies.run(context, input, () => ({
      applicationId: input.applicationId,
      businessDate: input.issuedOn,
      command: {
        type: 'IssuePayment',
        data: {
          applicationId: input.applicationId,
          batchId: input.batchId,
          period: input.period,
          amountFen: input.amountFen,
          issuedOn: input.issuedOn,
        },
      },
    }));
  }
}
