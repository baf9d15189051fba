import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { deriveId } from '../infrastructure/ids';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { FundCommandService } from './fund-command.service';
import type { AdjustAllocationInput } from './fund.inputs';

export class AdjustAllocationCommand extends Command<CommandResult> {
  constructor(
    readonly input: AdjustAllocationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Raises (追加) or cuts (调减) a fund's allocation with a reason; createdId is the adjustment id. */
@CommandHandler(AdjustAllocationCommand)
export class AdjustAllocationHandler implements ICommandHandler<AdjustAllocationCommand, CommandResult> {
  constructor(private readonly funds: FundCommandService) {}

  execute({ input, context }: AdjustAllocationCommand): Promise<CommandResult> {
    return this.funds.runFund(context, input, (commandId) => {
      const adjustmentId = deriveId(commandId, 'adjustment');
      const { fundId, deltaFen, adjustedOn, reason } = input;
      return {
        fundId,
        createdId: adjustmentId,
        businessDate: adjustedOn,
        reason,
        command: { type: 'AdjustAllocation', data: { fundId, adjustmentId, deltaFen, adjustedOn, reason } },
      };
    });
  }
}
