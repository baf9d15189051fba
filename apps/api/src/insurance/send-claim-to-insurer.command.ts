import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { claimDecider, claimStreamId } from '@careledger/domain-insurance';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import type { SendClaimToInsurerInput } from './insurance.inputs';

export class SendClaimToInsurerCommand extends Command<CommandResult> {
  constructor(
    readonly input: SendClaimToInsurerInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SendClaimToInsurerCommand)
export class SendClaimToInsurerHandler implements ICommandHandler<SendClaimToInsurerCommand, CommandResult> {
  constructor(private readonly commands: CommandRunner) {}

  execute({ input, context }: SendClaimToInsurerCommand): Promise<CommandResult> {
    const { claimId } = input;
    return this.commands.run(claimDecider, context, input, () => ({
      id: claimId,
      streamId: claimStreamId(claimId),
      command: { type: 'SendClaimToInsurer' as const, data: { claimId, sentOn: input.sentOn, insurerRef: input.insurerRef } },
      businessDate: input.sentOn,
    }));
  }
}
