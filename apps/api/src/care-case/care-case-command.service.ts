import { Inject, Injectable } from '@nestjs/common';
import { careCaseDecider, careCaseStreamId, type CareCaseCommand } from '@careledger/domain-care-case';
import type { EventStore } from '@careledger/event-store';
import type { ProjectionRunner } from '@careledger/projections';
import type { Clock } from '@careledger/platform';
import { newCommandId } from '../infrastructure/ids';
import { CLOCK, EVENT_STORE, PROJECTION_RUNNER } from '../infrastructure/tokens';
import type { CommandResult } from '../shared/command-result.type';
import { executeDeciderCommand } from '../shared/decider-command.executor';
import type { CommandContext } from '../shared/request-context';

export interface CaseCommandPlan {
  readonly caseId: string;
  readonly command: CareCaseCommand;
  readonly createdId?: string;
  readonly businessDate?: string | null;
  readonly reason?: string | null;
}

/** How long a mutation waits for the read models to show its own write before answering. */
const READ_YOUR_WRITES_MS = 5_000;

/** Runs one care-case command: ids derived from the command id, decided, appended, projected. */
@Injectable()
export class CareCaseCommandService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

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
    const result = await executeDeciderCommand(this.store, careCaseDecider, this.clock, {
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
    await this.runner.waitForPosition(result.position, READ_YOUR_WRITES_MS);
    return { id: caseId, createdId: createdId ?? null, revision: result.revision, position: result.position };
  }
}
