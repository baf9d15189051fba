import { randomUUID } from 'node:crypto';
import { fundDecider, fundStreamId } from '@careledger/domain-fund';
import { casesTouchedBy } from '@careledger/projections';
import type { Decider, DomainCommand, DomainEvent } from '@careledger/domain-kernel';
import type { BenchActor, DecidedWriter } from './decided-writer';

/** What the fund has left, as FundCharges.availableFor reads it for a new record (no own lines yet). */
export function fundRemainingFen(writer: DecidedWriter, fundId: string): number {
  const fund = writer.stateOf(fundDecider, fundStreamId(fundId));
  if (fund.status !== 'open') throw new Error(`fund ${fundId} is not open: seed its year first`);
  return fund.ledger.allocatedFen - fund.ledger.spentFen;
}

interface Charge {
  readonly fundId: string;
  readonly amountFen: number;
  readonly spentOn: string;
  readonly description: string;
  /** The visit or activity stream the line pays for. */
  readonly linkedStreamId: string;
  /** The record's actor and command: the line is recorded against them (its correlation id). */
  readonly actor: BenchActor;
  readonly recordCommandId: string;
  /** The record's decided events: the line names the families they reach. */
  readonly recordEvents: readonly DomainEvent[];
}

/**
 * A visit's or activity's cash aid as the API charges it (apps/api/src/visit/fund-charges.ts):
 * a SPECIAL expenditure on the fund, appended before the record itself, linked to the record's
 * stream and naming the families its events reach, so it shows on their timelines.
 */
async function chargeFund(writer: DecidedWriter, charge: Charge): Promise<void> {
  const caseIds = [...new Set(charge.recordEvents.flatMap((event) => casesTouchedBy({ data: event.data as Readonly<Record<string, unknown>> })))];
  await writer.run(
    fundDecider,
    fundStreamId(charge.fundId),
    {
      type: 'RecordExpenditure',
      data: {
        fundId: charge.fundId,
        expenditureId: randomUUID(),
        category: 'SPECIAL',
        amountFen: charge.amountFen,
        spentOn: charge.spentOn,
        description: charge.description,
        linkedStreamId: charge.linkedStreamId,
        caseIds,
      },
    },
    { actor: charge.actor, businessDate: charge.spentOn, correlationId: charge.recordCommandId },
  );
}

interface ChargedRecord<C extends DomainCommand, E extends DomainEvent, S> {
  readonly decider: Decider<C, E, S>;
  readonly streamId: string;
  readonly command: C;
  readonly fundId: string;
  readonly cashAidFen: number;
  readonly actor: BenchActor;
  readonly spentOn: string;
  readonly description: string;
}

/**
 * A charged record the API's way (ChargedCommandRunner): decided first on the record's state, so a
 * refusal appends nothing; then the fund line; then the record, under the command id the line
 * carries as its correlation id. 2 events.
 */
export async function recordCharged<C extends DomainCommand, E extends DomainEvent, S>(writer: DecidedWriter, record: ChargedRecord<C, E, S>): Promise<void> {
  const { decider, streamId, command, actor, spentOn } = record;
  const commandId = randomUUID();
  const recordEvents = writer.decide(decider, streamId, command);
  await chargeFund(writer, {
    fundId: record.fundId,
    amountFen: record.cashAidFen,
    spentOn,
    description: record.description,
    linkedStreamId: streamId,
    actor,
    recordCommandId: commandId,
    recordEvents,
  });
  await writer.run(decider, streamId, command, { actor, businessDate: spentOn, commandId });
}
