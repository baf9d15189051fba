import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import type { SettleSubsidyReimbursementInput } from './nursing-subsidy.inputs';
import { SubsidyCommandService } from './subsidy-command.service';

export class SettleSubsidyReimbursementCommand extends Command<CommandResult> {
  constructor(
    readonly input: SettleSubsidyReimbursementInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SettleSubsidyReimbursementCommand)
export class SettleSubsidyReimbursementHandler implements ICommandHandler<SettleSubsidyReimbursementCommand, CommandResult> {
  constructor(private readonly subsidies: SubsidyCommandService) {}

  execute({ input, context }: SettleSubsidyReimbursementCommand): Promise<CommandResult> {
    return this.subsidies.run(context, input, () => ({
      applicationId: input.applicationId,
        businessDate: input.settledOn,
      command: {
        type: 'SettleReimbursement',
        data: { applicationId: input.applicationId, settledOn: input.settledOn, voucherNo: input.voucherNo },
      },
    }));
  }
}
