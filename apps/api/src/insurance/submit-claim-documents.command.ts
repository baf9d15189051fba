import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { claimDecider, claimStreamId } from '@careledger/domain-insurance';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import type { SubmitClaimDocumentsInput } from './insurance.inputs';

export class SubmitClaimDocumentsCommand extends Command<CommandResult> {
  constructor(
    readonly input: SubmitClaimDocumentsInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SubmitClaimDocumentsCommand)
export class SubmitClaimDocumentsHandler implements ICommandHandler<SubmitClaimDocumentsCommand, CommandResult> {
  constructor(private readonly commands: CommandRunner) {}

  execute({ input, context }: SubmitClaimDocumentsCommand): Promise<CommandResult> {
    const { claimId } = input;
    return this.commands.run(claimDecider, context, input, () => ({
      id: claimId,
      streamId: claimStreamId(claimId),
      command: { type: 'SubmitClaimDocuments' as const, data: { claimId, documents: input.documents, submittedOn: input.submittedOn } },
      businessDate: input.submittedOn,
    }));
  }
}
