import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { deriveId } from '../infrastructure/ids';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { CareCaseCommandService } from './care-case-command.service';
import type { AddCaseNoteInput } from './care-case.inputs';

export class AddCaseNoteCommand extends Command<CommandResult> {
  constructor(
    readonly input: AddCaseNoteInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AddCaseNoteCommand)
export class AddCaseNoteHandler implements ICommandHandler<AddCaseNoteCommand, CommandResult> {
  constructor(private readonly cases: CareCaseCommandService) {}

  execute({ input, context }: AddCaseNoteCommand): Promise<CommandResult> {
    return this.cases.run(context, input, (commandId) => {
      const noteId = deriveId(commandId, 'note');
      return {
        caseId: input.caseId,
        createdId: noteId,
        command: { type: 'AddCaseNote', data: { caseId: input.caseId, noteId, text: input.text } },
      };
    });
  }
}
