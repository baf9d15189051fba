import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { claimDecider, claimStreamId } from '@careledger/domain-insurance';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import type { SettleClaimInput } from './insurance.inputs';

export class SettleClaimCommand extends Command<CommandResult> {
  constructor(
    readonly input: SettleClaimInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SettleClaimCommand)
export class SettleClaimHandler implements ICommandHandler<SettleClaimCommand, CommandResult> {
  constructor(private readonly commands: CommandRunner) {}

  execute({ input, context }: SettleClaimCommand): Promise<CommandResult> {
    const { claimId } = input;
    return this.commands.run(claimDecider, context, input, () => ({
      id: claimId,
      streamId: claimStreamId(claimId),
      command: { type: 'SettleClaim' as const, data: { claimId, amountFen: input.amountFen, settledOn: input.settledOn } },
      businessDate: input.settledOn,
    }));
  }
}
