import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { CareCaseCommandService } from './care-case-command.service';
import type { AssignContactInput } from './care-case.inputs';

export class AssignContactCommand extends Command<CommandResult> {
  constructor(
    readonly input: AssignContactInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AssignContactCommand)
export class AssignContactHandler implements ICommandHandler<AssignContactCommand, CommandResult> {
  constructor(private readonly cases: CareCaseCommandService) {}

  execute({ input, context }: AssignContactCommand): Promise<CommandResult> {
    return this.cases.run(context, input, () => ({
      caseId: input.caseId,
      command: {
        type: 'AssignContact',
        data: { caseId: input.caseId, role: input.role, name: input.name, phone: input.phone?.trim() || null },
      },
    }));
  }
}
