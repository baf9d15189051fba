import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { careCaseDecider, careCaseStreamId } from '@careledger/domain-care-case';
import { DomainError } from '@careledger/domain-kernel';
import { deriveId } from '../infrastructure/ids';
import { CommandRunner } from '../shared/command-runner';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { FundCommandService } from './fund-command.service';
import type { RecordExpenditureInput } from './fund.inputs';

export class RecordExpenditureCommand extends Command<CommandResult> {
  constructor(
    readonly input: RecordExpenditureInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Spending from a fund, never beyond what it has left; createdId is the expenditure id. */
@CommandHandler(RecordExpenditureCommand)
export class RecordExpenditureHandler implements ICommandHandler<RecordExpenditureCommand, CommandResult> {
  constructor(
    private readonly funds: FundCommandService,
    private readonly commands: CommandRunner,
  ) {}

  async execute({ input, context }: RecordExpenditureCommand): Promise<CommandResult> {
    // The families named must exist: a timeline entry for a case that is not there helps no one.
    // (A case is never deleted, so this read cannot be invalidated by a concurrent command.)
    for (const caseId of input.caseIds ?? []) {
      const { state } = await this.commands.load(careCaseDecider, careCaseStreamId(caseId));
      if (state.status === 'initial') {
        throw new DomainError('CASE_NOT_FOUND', `Case ${caseId} does not exist`, { caseId, field: 'caseIds' });
      }
    }
    return this.funds.runFund(context, input, (commandId) => {
      const expenditureId = deriveId(commandId, 'expenditure');
      return {
        fundId: input.fundId,
        createdId: expenditureId,
        businessDate: input.spentOn,
        command: {
          type: 'RecordExpenditure',
          data: {
            fundId: input.fundId,
            expenditureId,
            category: input.category,
            amountFen: input.amountFen,
            spentOn: input.spentOn,
            description: input.description,
            linkedStreamId: input.linkedStreamId ?? null,
            caseIds: input.caseIds ?? [],
          },
        },
      };
    });
  }
}
