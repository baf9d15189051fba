import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { CareCaseCommandService } from './care-case-command.service';
import type { ChangeCaseCategoryInput } from './care-case.inputs';

export class ChangeCaseCategoryCommand extends Command<CommandResult> {
  constructor(
    readonly input: ChangeCaseCategoryInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ChangeCaseCategoryCommand)
export class ChangeCaseCategoryHandler implements ICommandHandler<ChangeCaseCategoryCommand, CommandResult> {
  constructor(private readonly cases: CareCaseCommandService) {}

  execute({ input, context }: ChangeCaseCategoryCommand): Promise<CommandResult> {
    return this.cases.run(context, input, () => ({
      caseId: input.caseId,
      reason: input.reason,
      command: { type: 'ChangeCategory', data: { caseId: input.caseId, category: input.category, reason: input.reason } },
    }));
  }
}
