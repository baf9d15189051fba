import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { FundCommandService } from './fund-command.service';
import type { ReverseExpenditureInput } from './fund.inputs';

export class ReverseExpenditureCommand extends Command<CommandResult> {
  constructor(
    readonly input: ReverseExpenditureInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Cancels an expenditure with a reason; its money returns to the fund. */
@CommandHandler(ReverseExpenditureCommand)
export class ReverseExpenditureHandler implements ICommandHandler<ReverseExpenditureCommand, CommandResult> {
  constructor(private readonly funds: FundCommandService) {}

  execute({ input, context }: ReverseExpenditureCommand): Promise<CommandResult> {
    const { fundId, expenditureId, reason } = input;
    return this.funds.runFund(context, input, () => ({
      fundId,
      reason,
      command: { type: 'ReverseExpenditure', data: { fundId, expenditureId, reason } },
    }));
  }
}
