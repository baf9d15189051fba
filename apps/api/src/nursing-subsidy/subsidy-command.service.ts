import { Injectable } from '@nestjs/common';
import {
  nursingSubsidyDecider,
  nursingSubsidyStreamId,
  type NursingSubsidyCommand,
} from '@careledger/domain-nursing-subsidy';
import { newCommandId } from '../infrastructure/ids';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';

export interface SubsidyCommandPlan {
  readonly applicationId: string;
  readonly command: NursingSubsidyCommand;
  readonly createdId?: string;
  /** The step's own day (postedOn, paidOn…), else the input's businessDate, else today. */
  readonly businessDate?: string | null;
  /** Free-text reason recorded in the metadata (withdrawal, failure, return, rejection). */
  readonly reason?: string | null;
}

export interface SubsidyCommandInputBase {
  readonly commandId?: string | null;
  readonly expectedRevision?: number | null;
  readonly businessDate?: string | null;
}

/** Runs one nursing-subsidy command on its application stream and answers once the read models show it. */
@Injectable()
export class SubsidyCommandService {
  constructor(private readonly commands: CommandRunner) {}

  async run(
    context: CommandContext,
    input: SubsidyCommandInputBase,
    plan: (commandId: string) => SubsidyCommandPlan | Promise<SubsidyCommandPlan>,
  ): Promise<CommandResult> {
    const commandId = input.commandId ?? newCommandId();
    const { applicationId, command, createdId, businessDate, reason } = await plan(commandId);
    const result = await this.commands.execute(nursingSubsidyDecider, {
      streamId: nursingSubsidyStreamId(applicationId),
      command,
      commandId,
      context,
      expectedRevision: input.expectedRevision,
      businessDate: businessDate ?? input.businessDate,
      reason,
    });
    await this.commands.settle(result.position);
    return { id: applicationId, createdId: createdId ?? null, revision: result.revision, position: result.position };
  }
}
