import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { CareCaseCommandService } from './care-case-command.service';
import type { ReopenCaseInput } from './care-case.inputs';

export class ReopenCaseCommand extends Command<CommandResult> {
  constructor(
    readonly input: ReopenCaseInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReopenCaseCommand)
export class ReopenCaseHandler implements ICommandHandler<ReopenCaseCommand, CommandResult> {
  constructor(private readonly cases: CareCaseCommandService) {}

  execute({ input, context }: ReopenCaseCommand): Promise<CommandResult> {
    return this.cases.run(context, input, () => ({
      caseId: input.caseId,
      businessDate: input.reopenedOn,
      reason: input.reason,
      command: { type: 'ReopenCase', data: { caseId: input.caseId, reopenedOn: input.reopenedOn, reason: input.reason } },
    }));
  }
}
