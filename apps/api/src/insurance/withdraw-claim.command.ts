import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { claimDecider, claimStreamId } from '@careledger/domain-insurance';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import type { WithdrawClaimInput } from './insurance.inputs';

export class WithdrawClaimCommand extends Command<CommandResult> {
  constructor(
    readonly input: WithdrawClaimInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(WithdrawClaimCommand)
export class WithdrawClaimHandler implements ICommandHandler<WithdrawClaimCommand, CommandResult> {
  constructor(private readonly commands: CommandRunner) {}

  execute({ input, context }: WithdrawClaimCommand): Promise<CommandResult> {
    const { claimId } = input;
    return this.commands.run(claimDecider, context, input, () => ({
      id: claimId,
      streamId: claimStreamId(claimId),
      command: { type: 'WithdrawClaim' as const, data: { claimId, reason: input.reason } },
      businessDate: input.businessDate,
      reason: input.reason.trim() || null,
    }));
  }
}
