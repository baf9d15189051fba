import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import type { WithdrawSubsidyApplicationInput } from './nursing-subsidy.inputs';
import { SubsidyCommandService } from './subsidy-command.service';

export class WithdrawSubsidyApplicationCommand extends Command<CommandResult> {
  constructor(
    readonly input: WithdrawSubsidyApplicationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(WithdrawSubsidyApplicationCommand)
export class WithdrawSubsidyApplicationHandler implements ICommandHandler<WithdrawSubsidyApplicationCommand, CommandResult> {
  constructor(private readonly subsidies: SubsidyCommandService) {}

  execute({ input, context }: WithdrawSubsidyApplicationCommand): Promise<CommandResult> {
    return this.subsidies.run(context, input, () => ({
      applicationId: input.applicationId,
        reason: input.reason,
      command: {
        type: 'WithdrawApplication',
        data: { applicationId: input.applicationId, reason: input.reason },
      },
    }));
  }
}
