import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { donationDecider, donationStreamId } from '@careledger/domain-donation';
import { deriveId } from '../infrastructure/ids';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import type { RecordDonationInput } from './donation.inputs';

export class RecordDonationCommand extends Command<CommandResult> {
  constructor(
    readonly input: RecordDonationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Records one gift in its year's stream; id is the year, createdId the donation id. */
@CommandHandler(RecordDonationCommand)
export class RecordDonationHandler implements ICommandHandler<RecordDonationCommand, CommandResult> {
  constructor(private readonly commands: CommandRunner) {}

  execute({ input, context }: RecordDonationCommand): Promise<CommandResult> {
    const { year, receivedOn, channel, amountFen, matchingFen, source } = input;
    return this.commands.run(donationDecider, context, input, (commandId) => {
      const donationId = input.donationId ?? deriveId(commandId, 'donation');
      return {
        id: String(year),
        // A year outside the stream-id range is refused by the decider, naming 'year'.
        streamId: donationStreamId(year),
        createdId: donationId,
        businessDate: receivedOn,
        command: { type: 'RecordDonation' as const, data: { year, donationId, receivedOn, channel, amountFen, matchingFen, source } },
      };
    });
  }
}
