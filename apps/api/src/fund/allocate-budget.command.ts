import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { buildFundId } from '@careledger/domain-fund';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { FundCommandService } from './fund-command.service';
import type { AllocateBudgetInput } from './fund.inputs';

export class AllocateBudgetCommand extends Command<CommandResult> {
  constructor(
    readonly input: AllocateBudgetInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Opens a fund of one year: `fund-<year>-<code>`; CommandResult.id is the fund id. */
@CommandHandler(AllocateBudgetCommand)
export class AllocateBudgetHandler implements ICommandHandler<AllocateBudgetCommand, CommandResult> {
  constructor(private readonly funds: FundCommandService) {}

  execute({ input, context }: AllocateBudgetCommand): Promise<CommandResult> {
    const fundId = buildFundId(input.year, input.code);
    return this.funds.runFund(context, input, () => ({
      fundId,
      businessDate: input.allocatedOn,
      command: {
        type: 'AllocateBudget',
        data: {
          fundId,
          year: input.year,
          code: input.code,
          name: input.name,
          purpose: input.purpose,
          amountFen: input.amountFen,
          allocatedOn: input.allocatedOn,
        },
      },
    }));
  }
}
