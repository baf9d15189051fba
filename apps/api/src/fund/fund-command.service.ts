import { Injectable } from '@nestjs/common';
import { fundDecider, fundStreamId, targetDecider, targetStreamId, type FundCommand, type TargetCommand } from '@careledger/domain-fund';
import { newCommandId } from '../infrastructure/ids';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';

interface CommandInputBase {
  readonly commandId?: string | null;
  readonly expectedRevision?: number | null;
  readonly businessDate?: string | null;
}

export interface FundCommandPlan {
  readonly fundId: string;
  readonly command: FundCommand;
  readonly createdId?: string;
  /** The day the command names itself (allocatedOn, spentOn…), if any. */
  readonly businessDate?: string;
  readonly reason?: string;
}

export interface TargetCommandPlan {
  readonly year: number;
  readonly command: TargetCommand;
  readonly reason?: string;
}

/**
 * Runs one fund or target command: ids derived from the command id, decided by the pure
 * decider, appended, and answered once the read models show it.
 */
@Injectable()
export class FundCommandService {
  constructor(private readonly commands: CommandRunner) {}

  async runFund(context: CommandContext, input: CommandInputBase, plan: (commandId: string) => FundCommandPlan): Promise<CommandResult> {
    const commandId = input.commandId ?? newCommandId();
    const { fundId, command, createdId, businessDate, reason } = plan(commandId);
    const result = await this.commands.execute(fundDecider, {
      streamId: fundStreamId(fundId),
      command,
      commandId,
      context,
      expectedRevision: input.expectedRevision,
      businessDate: businessDate ?? input.businessDate,
      reason,
    });
    await this.commands.settle(result.position);
    return { id: fundId, createdId: createdId ?? null, revision: result.revision, position: result.position };
  }

  async runTarget(context: CommandContext, input: CommandInputBase, plan: TargetCommandPlan): Promise<CommandResult> {
    const commandId = input.commandId ?? newCommandId();
    const { year, command, reason } = plan;
    const result = await this.commands.execute(targetDecider, {
      // A year outside the stream-id range is refused by the decider, naming 'year'.
      streamId: targetStreamId(year),
      command,
      commandId,
      context,
      expectedRevision: input.expectedRevision,
      businessDate: input.businessDate,
      reason,
    });
    await this.commands.settle(result.position);
    return { id: targetStreamId(year), createdId: command.data.indicatorId, revision: result.revision, position: result.position };
  }
}
