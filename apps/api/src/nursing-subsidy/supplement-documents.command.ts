import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import type { SupplementSubsidyDocumentsInput } from './nursing-subsidy.inputs';
import { SubsidyCommandService } from './subsidy-command.service';

export class SupplementSubsidyDocumentsCommand extends Command<CommandResult> {
  constructor(
    readonly input: SupplementSubsidyDocumentsInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SupplementSubsidyDocumentsCommand)
export class SupplementSubsidyDocumentsHandler implements ICommandHandler<SupplementSubsidyDocumentsCommand, CommandResult> {
  constructor(private readonly subsidies: SubsidyCommandService) {}

  execute({ input, context }: SupplementSubsidyDocumentsCommand): Promise<CommandResult> {
    return this.subsidies.run(context, input, () => ({
      applicationId: input.applicationId,
      command: {
        type: 'SupplementDocuments',
        data: { applicationId: input.applicationId, note: input.note },
      },
    }));
  }
}
