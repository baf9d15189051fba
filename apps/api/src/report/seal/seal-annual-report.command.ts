import { Inject } from '@nestjs/common';
import { Command, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { reportSealDecider, reportSealStreamId } from '@careledger/domain-report-seal';
import type { EventStore } from '@careledger/event-store';
import { shanghaiDate } from '@careledger/platform';
import { deriveId } from '../../infrastructure/ids';
import { EVENT_STORE } from '../../infrastructure/tokens';
import type { CommandResult } from '../../shared/command-result.type';
import { CommandRunner } from '../../shared/command-runner';
import type { CommandContext } from '../../shared/request-context';
import { regenerateReport } from './regenerate-report';
import type { SealAnnualReportInput } from './seal.types';

export class SealAnnualReportCommand extends Command<CommandResult> {
  constructor(
    readonly input: SealAnnualReportInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Seals the report at the CURRENT log head: reads the head (position and hash together, so they
 * belong to each other), replays the report to that position and hashes its canonical figures.
 * id is the year, createdId the seal id.
 */
@CommandHandler(SealAnnualReportCommand)
export class SealAnnualReportHandler implements ICommandHandler<SealAnnualReportCommand, CommandResult> {
  constructor(
    private readonly commands: CommandRunner,
    private readonly queries: QueryBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  execute({ input, context }: SealAnnualReportCommand): Promise<CommandResult> {
    const { year } = input;
    const township = input.township ?? null;
    return this.commands.run(reportSealDecider, context, input, async (commandId) => {
      const head = await this.store.head();
      // An empty log (position 0) is refused by the decider, naming 'position'.
      const { figuresHash } = await regenerateReport(this.queries, year, township, head.position);
      const sealId = deriveId(commandId, 'report-seal');
      const sealedOn = shanghaiDate(this.commands.now());
      return {
        id: String(year),
        streamId: reportSealStreamId(year),
        createdId: sealId,
        businessDate: sealedOn,
        command: {
          type: 'SealReport' as const,
          data: { year, sealId, township, position: head.position, headHash: head.hash, figuresHash, sealedOn, note: input.note ?? null },
        },
      };
    });
  }
}
