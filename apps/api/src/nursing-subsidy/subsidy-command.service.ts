import { Injectable } from '@nestjs/common';
import {
  nursingSubsidyDecider,
  nursingSubsidyStreamId,
  type NursingSubsidyCommand,
} from '@careledger/domain-nursing-subsidy';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner, type CommandInputBase, type CommandPlan } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';

/**
 * A nursing-subsidy command plan: the application id names both the stream and the record
 * answered. `businessDate` is the step's own day (postedOn, paidOn…); `reason` the free text of a
 * withdrawal, failure, return or rejection.
 */
export type SubsidyCommandPlan = Omit<CommandPlan<NursingSubsidyCommand>, 'id' | 'streamId'> & {
  readonly applicationId: string;
};

/** Runs one nursing-subsidy command on its application stream (see CommandRunner.run). */
@Injectable()
export class SubsidyCommandService {
  constructor(private readonly commands: CommandRunner) {}

  run(
    context: CommandContext,
    input: CommandInputBase,
    plan: (commandId: string) => SubsidyCommandPlan | Promise<SubsidyCommandPlan>,
  ): Promise<CommandResult> {
    return this.commands.run(nursingSubsidyDecider, context, input, async (commandId) => {
      const { applicationId, ...rest } = await plan(commandId);
      return { ...rest, id: applicationId, streamId: nursingSubsidyStreamId(applicationId) };
    });
  }
}
