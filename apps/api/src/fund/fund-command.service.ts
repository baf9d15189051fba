import { Injectable } from '@nestjs/common';
import { fundDecider, fundStreamId, targetDecider, targetStreamId, type FundCommand, type TargetCommand } from '@careledger/domain-fund';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner, type CommandInputBase, type CommandPlan } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';

/** A fund command plan: the fund id names both the stream and the record answered. */
export type FundCommandPlan = Omit<CommandPlan<FundCommand>, 'id' | 'streamId'> & { readonly fundId: string };

/** A target command: one stream per year, and the indicator it sets is what it "created". */
export interface TargetCommandPlan {
  readonly year: number;
  readonly command: TargetCommand;
  readonly reason?: string;
}

/** Runs one fund or performance-target command on its stream (see CommandRunner.run). */
@Injectable()
export class FundCommandService {
  constructor(private readonly commands: CommandRunner) {}

  runFund(
    context: CommandContext,
    input: CommandInputBase,
    plan: (commandId: string) => FundCommandPlan,
  ): Promise<CommandResult> {
    return this.commands.run(fundDecider, context, input, (commandId) => {
      const { fundId, ...rest } = plan(commandId);
      return { ...rest, id: fundId, streamId: fundStreamId(fundId) };
    });
  }

  runTarget(
    context: CommandContext,
    input: CommandInputBase,
    { year, command, reason }: TargetCommandPlan,
  ): Promise<CommandResult> {
    // A year outside the stream-id range is refused by the decider, naming 'year'.
    const streamId = targetStreamId(year);
    return this.commands.run(targetDecider, context, input, () => ({
      id: streamId,
      streamId,
      command,
      createdId: command.data.indicatorId,
      reason,
    }));
  }
}
