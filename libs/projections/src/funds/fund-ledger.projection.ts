import type { ExpenditureCategory, FundEvent } from '@careledger/domain-fund';
import type { RecordedEvent } from '@careledger/event-store';
import type { Transaction } from 'kysely';
import { businessDayOf } from '../audit-log/business-day';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import type { Projection } from '../runner/projection';
import type { FundLedgerEntryTable } from './funds.tables';
import {
  insertEntry,
  insertFund,
  markReversed,
  moveFund,
  selectOpenExpenditure,
  type FundDelta,
} from './fund-ledger.statements';

type Trx = Transaction<ReadModelDatabase>;
type Entry = FundLedgerEntryTable;
type Moves = Pick<Entry, 'allocated_delta_fen' | 'received_delta_fen' | 'spent_delta_fen'>;

const NO_MOVE: Moves = { allocated_delta_fen: 0, received_delta_fen: 0, spent_delta_fen: 0 };

/**
 * The funds list and each fund's ledger. Every fund event — including expenditures other
 * streams charge (a visit's cash aid) — adds one ledger row and moves the fund's figures the same
 * way the fund decider's evolve does, so remaining = allocated − spent agrees with the decider.
 */
export const fundLedgerProjection: Projection = {
  name: 'funds-ledger',
  filter: { streamTypes: ['fund'] },
  async apply(trx, recorded) {
    const event = recorded as unknown as RecordedEvent & FundEvent;
    const base = entryBase(recorded, event.data.fundId);
    switch (event.type) {
      case 'BudgetAllocated': {
        const d = event.data;
        await insertFund.execute(trx, {
          fund_id: d.fundId,
          year: d.year,
          code: d.code,
          name: d.name,
          purpose: d.purpose,
          initial_amount_fen: d.amountFen,
          allocated_on: d.allocatedOn,
          allocated_fen: d.amountFen,
          received_fen: 0,
          spent_fen: 0,
          spent_personnel_fen: 0,
          spent_public_fen: 0,
          spent_special_fen: 0,
          revision: recorded.revision,
          last_recorded_at: recorded.recordedAt,
        });
        await insertEntry.execute(trx, {
          ...base,
          kind: 'ALLOCATION',
          entry_date: d.allocatedOn,
          entry_id: d.fundId,
          amount_fen: d.amountFen,
          ...NO_MOVE,
          allocated_delta_fen: d.amountFen,
          description: d.name,
        });
        return true;
      }
      case 'AllocationAdjusted': {
        const d = event.data;
        const moves = { ...NO_MOVE, allocated_delta_fen: d.deltaFen };
        await record(trx, recorded, { ...base, kind: 'ADJUSTMENT', entry_date: d.adjustedOn, entry_id: d.adjustmentId, amount_fen: d.deltaFen, ...moves, reason: d.reason }, null);
        return true;
      }
      case 'FundsReceived': {
        const d = event.data;
        const moves = { ...NO_MOVE, received_delta_fen: d.amountFen };
        await record(trx, recorded, { ...base, kind: 'RECEIPT', entry_date: d.receivedOn, entry_id: d.receiptId, amount_fen: d.amountFen, ...moves, source: d.source }, null);
        return true;
      }
      case 'ExpenditureRecorded': {
        const d = event.data;
        const moves = { ...NO_MOVE, spent_delta_fen: d.amountFen };
        const entry: Entry = {
          ...base,
          kind: 'EXPENDITURE',
          entry_date: d.spentOn,
          entry_id: d.expenditureId,
          amount_fen: d.amountFen,
          ...moves,
          category: d.category,
          description: d.description,
          linked_stream_id: d.linkedStreamId,
        };
        await record(trx, recorded, entry, d.category);
        return true;
      }
      case 'ExpenditureReversed': {
        const d = event.data;
        const { rows } = await selectOpenExpenditure.execute(trx, { fund_id: d.fundId, entry_id: d.expenditureId });
        const original = rows[0];
        // Like evolve: a reversal of nothing (unknown or already reversed) changes no figure.
        if (!original) return true;
        await markReversed.execute(trx, { fund_id: d.fundId, position: original.position });
        const entry: Entry = {
          ...base,
          kind: 'REVERSAL',
          // A reversal names no day of its own: the day its command was about.
          entry_date: businessDayOf(recorded),
          entry_id: d.expenditureId,
          amount_fen: original.amount_fen,
          ...NO_MOVE,
          spent_delta_fen: -original.amount_fen,
          category: original.category,
          description: original.description,
          linked_stream_id: original.linked_stream_id,
          reason: d.reason,
        };
        await record(trx, recorded, entry, original.category as ExpenditureCategory | null);
        return true;
      }
      default: {
        const _exhaustive: never = event;
        return false;
      }
    }
  },
};

function entryBase(recorded: RecordedEvent, fundId: string) {
  return {
    fund_id: fundId,
    position: recorded.position,
    revision: recorded.revision,
    category: null,
    description: null,
    source: null,
    reason: null,
    linked_stream_id: null,
    reversed: 0,
    actor_id: recorded.metadata.actorId,
    recorded_at: recorded.recordedAt,
  } as const;
}

/** Adds the ledger row and moves the fund's figures by it. */
async function record(trx: Trx, recorded: RecordedEvent, entry: Entry, category: ExpenditureCategory | null): Promise<void> {
  await insertEntry.execute(trx, entry);
  const spent = entry.spent_delta_fen;
  const delta: FundDelta = {
    fund_id: entry.fund_id,
    allocated_delta_fen: entry.allocated_delta_fen,
    received_delta_fen: entry.received_delta_fen,
    spent_delta_fen: spent,
    personnel_delta_fen: category === 'PERSONNEL' ? spent : 0,
    public_delta_fen: category === 'PUBLIC' ? spent : 0,
    special_delta_fen: category === 'SPECIAL' ? spent : 0,
    revision: recorded.revision,
    last_recorded_at: recorded.recordedAt,
  };
  await moveFund.execute(trx, delta);
}
