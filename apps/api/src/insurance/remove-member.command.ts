import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { policyDecider, policyStreamId } from '@careledger/domain-insurance';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import type { RemoveMemberInput } from './insurance.inputs';

export class RemoveMemberCommand extends Command<CommandResult> {
  constructor(
    readonly input: RemoveMemberInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RemoveMemberCommand)
export class RemoveMemberHandler implements ICommandHandler<RemoveMemberCommand, CommandResult> {
  constructor(private readonly commands: CommandRunner) {}

  execute({ input, context }: RemoveMemberCommand): Promise<CommandResult> {
    const { year, caseId, personId, removedOn, reason, note } = input;
    return this.commands.run(policyDecider, context, input, () => ({
      id: String(year),
      streamId: policyStreamId(year),
      command: { type: 'RemoveMember' as const, data: { year, caseId, personId, removedOn, reason, note: note ?? null } },
      createdId: personId,
      businessDate: removedOn,
      reason: note?.trim() || null,
    }));
  }
}
