import { Injectable } from '@nestjs/common';
import type { Decider, DomainCommand, DomainEvent } from '@careledger/domain-kernel';
import { newCommandId } from '../infrastructure/ids';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';

export interface InsuranceCommandPlan<C> {
  /** The record acted on: the policy id (its year) or the claim id. */
  readonly id: string;
  readonly streamId: string;
  readonly command: C;
  readonly createdId?: string;
  /** The step's own day (enrolledOn, settledOn…), else the input's, else today. */
  readonly businessDate?: string | null;
  readonly reason?: string | null;
}

export interface InsuranceInputBase {
  readonly commandId?: string | null;
  readonly expectedRevision?: number | null;
  readonly businessDate?: string | null;
}

/** Runs one policy or claim command on its stream and answers once the read models show it. */
@Injectable()
export class InsuranceCommandService {
  constructor(private readonly commands: CommandRunner) {}

  async run<C extends DomainCommand, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    context: CommandContext,
    input: InsuranceInputBase,
    plan: (commandId: string) => InsuranceCommandPlan<NoInfer<C>> | Promise<InsuranceCommandPlan<NoInfer<C>>>,
  ): Promise<CommandResult> {
    const commandId = input.commandId ?? newCommandId();
    const { id, streamId, command, createdId, businessDate, reason } = await plan(commandId);
    const result = await this.commands.execute(decider, {
      streamId,
      command,
      commandId,
      context,
      expectedRevision: input.expectedRevision,
      businessDate: businessDate ?? input.businessDate,
      reason,
    });
    await this.commands.settle(result.position);
    return { id, createdId: createdId ?? null, revision: result.revision, position: result.position };
  }
}
