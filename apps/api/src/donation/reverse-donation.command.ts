import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { donationDecider, donationStreamId } from '@careledger/domain-donation';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import type { ReverseDonationInput } from './donation.inputs';

export class ReverseDonationCommand extends Command<CommandResult> {
  constructor(
    readonly input: ReverseDonationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Takes a gift back out of its year's total, with a reason; the original stays in the history. */
@CommandHandler(ReverseDonationCommand)
export class ReverseDonationHandler implements ICommandHandler<ReverseDonationCommand, CommandResult> {
  constructor(private readonly commands: CommandRunner) {}

  execute({ input, context }: ReverseDonationCommand): Promise<CommandResult> {
    const { year, donationId, reason } = input;
    return this.commands.run(donationDecider, context, input, () => ({
      id: String(year),
      streamId: donationStreamId(year),
      reason,
      command: { type: 'ReverseDonation' as const, data: { year, donationId, reason } },
    }));
  }
}
