import { Injectable } from '@nestjs/common';
import { careCaseDecider, careCaseStreamId, type CareCaseCommand } from '@careledger/domain-care-case';
import { newCommandId } from '../infrastructure/ids';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';

export interface CaseCommandPlan {
  readonly caseId: string;
  readonly command: CareCaseCommand;
  readonly createdId?: string;
  readonly businessDate?: string | null;
  readonly reason?: string | null;
}

/** Runs one care-case command: ids derived from the command id, decided, appended, projected. */
@Injectable()
export class CareCaseCommandService {
  constructor(private readonly commands: CommandRunner) {}

  async run(
    context: CommandContext,
    input: {
      readonly commandId?: string | null;
      readonly expectedRevision?: number | null;
      readonly businessDate?: string | null;
    },
    plan: (commandId: string) => CaseCommandPlan,
  ): Promise<CommandResult> {
    const commandId = input.commandId ?? newCommandId();
    const { caseId, command, createdId, businessDate, reason } = plan(commandId);
    const result = await this.commands.execute(careCaseDecider, {
      streamId: careCaseStreamId(caseId),
      command,
      commandId,
      context,
      expectedRevision: input.expectedRevision,
      // A command that names its own day (openedOn, diedOn…) is about that day; others may say.
      businessDate: businessDate ?? input.businessDate,
      reason,
    });
    // Answer once the read models show the write, so the client's next query is not stale.
    await this.commands.settle(result.position);
    return { id: caseId, createdId: createdId ?? null, revision: result.revision, position: result.position };
  }
}
