import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { CareCaseCommandService } from './care-case-command.service';
import type { ExitCaseInput } from './care-case.inputs';

export class ExitCaseCommand extends Command<CommandResult> {
  constructor(
    readonly input: ExitCaseInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExitCaseCommand)
export class ExitCaseHandler implements ICommandHandler<ExitCaseCommand, CommandResult> {
  constructor(private readonly cases: CareCaseCommandService) {}

  execute({ input, context }: ExitCaseCommand): Promise<CommandResult> {
    return this.cases.run(context, input, () => ({
      caseId: input.caseId,
      businessDate: input.exitedOn,
      reason: input.reason ?? null,
      command: {
        type: 'ExitCase',
        data: { caseId: input.caseId, exitReason: input.exitReason, exitedOn: input.exitedOn, reason: input.reason ?? null },
      },
    }));
  }
}
