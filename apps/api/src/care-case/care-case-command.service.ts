import { Injectable } from '@nestjs/common';
import { careCaseDecider, careCaseStreamId, type CareCaseCommand } from '@careledger/domain-care-case';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner, type CommandInputBase, type CommandPlan } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';

/** A care-case command plan: the case id names both the stream and the record answered. */
export type CaseCommandPlan = Omit<CommandPlan<CareCaseCommand>, 'id' | 'streamId'> & { readonly caseId: string };

/** Runs one care-case command on its case stream (see CommandRunner.run). */
@Injectable()
export class CareCaseCommandService {
  constructor(private readonly commands: CommandRunner) {}

  run(
    context: CommandContext,
    input: CommandInputBase,
    plan: (commandId: string) => CaseCommandPlan,
  ): Promise<CommandResult> {
    return this.commands.run(careCaseDecider, context, input, (commandId) => {
      const { caseId, ...rest } = plan(commandId);
      return { ...rest, id: caseId, streamId: careCaseStreamId(caseId) };
    });
  }
}
