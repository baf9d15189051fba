import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { CareCaseCommandService } from './care-case-command.service';
import type { RecordMemberDeathInput } from './care-case.inputs';

export class RecordMemberDeathCommand extends Command<CommandResult> {
  constructor(
    readonly input: RecordMemberDeathInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordMemberDeathCommand)
export class RecordMemberDeathHandler implements ICommandHandler<RecordMemberDeathCommand, CommandResult> {
  constructor(private readonly cases: CareCaseCommandService) {}

  execute({ input, context }: RecordMemberDeathCommand): Promise<CommandResult> {
    return this.cases.run(context, input, () => ({
      caseId: input.caseId,
      businessDate: input.diedOn,
      command: { type: 'RecordMemberDeath', data: { caseId: input.caseId, personId: input.personId, diedOn: input.diedOn } },
    }));
  }
}
