import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { claimDecider, claimStreamId } from '@careledger/domain-insurance';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import type { RejectClaimInput } from './insurance.inputs';

export class RejectClaimCommand extends Command<CommandResult> {
  constructor(
    readonly input: RejectClaimInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RejectClaimCommand)
export class RejectClaimHandler implements ICommandHandler<RejectClaimCommand, CommandResult> {
  constructor(private readonly commands: CommandRunner) {}

  execute({ input, context }: RejectClaimCommand): Promise<CommandResult> {
    const { claimId } = input;
    return this.commands.run(claimDecider, context, input, () => ({
      id: claimId,
      streamId: claimStreamId(claimId),
      command: { type: 'RejectClaim' as const, data: { claimId, reason: input.reason, rejectedOn: input.rejectedOn } },
      businessDate: input.rejectedOn,
      reason: input.reason.trim() || null,
    }));
  }
}
