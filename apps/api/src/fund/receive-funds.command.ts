import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { deriveId } from '../infrastructure/ids';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { FundCommandService } from './fund-command.service';
import type { ReceiveFundsInput } from './fund.inputs';

export class ReceiveFundsCommand extends Command<CommandResult> {
  constructor(
    readonly input: ReceiveFundsInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Money paid into a fund; createdId is the receipt id. */
@CommandHandler(ReceiveFundsCommand)
export class ReceiveFundsHandler implements ICommandHandler<ReceiveFundsCommand, CommandResult> {
  constructor(private readonly funds: FundCommandService) {}

  execute({ input, context }: ReceiveFundsCommand): Promise<CommandResult> {
    return this.funds.runFund(context, input, (commandId) => {
      const receiptId = deriveId(commandId, 'receipt');
      return {
        fundId: input.fundId,
        createdId: receiptId,
        businessDate: input.receivedOn,
        command: {
          type: 'ReceiveFunds',
          data: { fundId: input.fundId, receiptId, amountFen: input.amountFen, receivedOn: input.receivedOn, source: input.source },
        },
      };
    });
  }
}
