import { evolveFund, evolveTargetYear, fundDecider, targetDecider, type FundEvent, type TargetEvent } from '@careledger/domain-fund';
import type { EventStore } from '@careledger/event-store';
import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { openProjectionTestbed, type ProjectionTestbed } from '../testing/projection-testbed';
import { newEvent } from '../testing/case-events.fixture';
import { getFundLedger } from './fund-ledger.queries';
import { getFund, listFunds } from './funds.queries';
import { getPerformanceTargets } from './fund-targets.queries';
import { fundProjections } from './funds.read-model';

const fundId = '2023-care-action';
const events: FundEvent[] = [
  { type: 'BudgetAllocated', data: { fundId, year: 2023, code: 'care-action', name: '生育关怀行动专项经费', purpose: '关怀', amountFen: 7_000_000, allocatedOn: '2023-01-10' } },
  { type: 'FundsReceived', data: { fundId, receiptId: 'r1', amountFen: 4_000_000, receivedOn: '2023-02-01', source: '县财政局' } },
  { type: 'ExpenditureRecorded', data: { fundId, expenditureId: 'e1', category: 'PERSONNEL', amountFen: 300_000, spentOn: '2023-03-31', description: '补贴', linkedStreamId: null } },
  { type: 'ExpenditureRecorded', data: { fundId, expenditureId: 'e2', category: 'SPECIAL', amountFen: 50_000, spentOn: '2023-01-20', description: '走访', linkedStreamId: 'visit-v1' } },
  { type: 'ExpenditureReversed', data: { fundId, expenditureId: 'e2', reason: '重复' } },
  // Reversing again is refused by the decider; if it were ever stored, it must change nothing.
  { type: 'ExpenditureReversed', data: { fundId, expenditureId: 'e2', reason: '重复' } },
  { type: 'AllocationAdjusted', data: { fundId, adjustmentId: 'a1', deltaFen: -500_000, adjustedOn: '2023-06-01', reason: '调减' } },
];
const targets: TargetEvent[] = [
  { type: 'TargetSet', data: { year: 2023, indicatorId: 'visits', name: '走访', direction: 'AT_LEAST', value: 20, unit: 'COUNT', weight: 15, sourceQuery: 'visits.count' } },
  { type: 'TargetRevised', data: { year: 2023, indicatorId: 'visits', changes: { value: 24 }, reason: '调整' } },
  { type: 'TargetSet', data: { year: 2023, indicatorId: 'publicity', name: '宣传', direction: 'AT_LEAST', value: 2, unit: 'COUNT', weight: 10, sourceQuery: 'activities.count' } },
  { type: 'TargetWithdrawn', data: { year: 2023, indicatorId: 'publicity', reason: '取消' } },
  { type: 'TargetDeviationExplained', data: { year: 2023, indicatorId: 'visits', reason: '走访户数少于预期' } },
  { type: 'TargetDeviationExplained', data: { year: 2023, indicatorId: 'visits', reason: '政策调整' } },
  // Refused by the decider; if it were ever stored, it must change nothing (as in evolve).
  { type: 'TargetDeviationExplained', data: { year: 2023, indicatorId: 'nope', reason: '无此指标' } },
];

describe('funds read models (real SQLite)', () => {
  let bed: ProjectionTestbed;
  let store: EventStore;
  let db: Kysely<ReadModelDatabase>;
  beforeAll(async () => {
    bed = await openProjectionTestbed('funds', { projections: fundProjections, batchSize: 2 });
    ({ store, db } = bed);
    await bed.append(`fund-${fundId}`, events.map((e) => newEvent(e, { businessDate: '2023-04-01' })));
    await bed.append('target-2023', targets.map((e) => newEvent(e, { actorId: 'county-officer' })));
  });
  afterAll(async () => {
    await bed.close();
  });

  it("keeps the fund's figures exactly as the decider's evolve folds them", async () => {
    const state = events.reduce(evolveFund, fundDecider.initialState());
    if (state.status !== 'open') throw new Error('fund not open');
    expect(await getFund(db, fundId)).toMatchObject({
      allocated_fen: state.ledger.allocatedFen,
      received_fen: state.ledger.receivedFen,
      spent_fen: state.ledger.spentFen,
      spent_personnel_fen: state.ledger.spentByCategory.PERSONNEL,
      spent_public_fen: state.ledger.spentByCategory.PUBLIC,
      spent_special_fen: state.ledger.spentByCategory.SPECIAL,
      revision: events.length - 1,
    });
    expect((await listFunds(db, { year: 2023 }, { first: 10 })).totalCount).toBe(1);
    expect((await listFunds(db, { year: 2024 }, { first: 10 })).totalCount).toBe(0);
  });

  it('orders the ledger by business day then log position, one row per effective event', async () => {
    const { rows } = await getFundLedger(db, fundId, {}, { first: 50 });
    expect(rows.map((r) => [r.kind, r.entry_date, r.running_remaining_fen, r.running_balance_fen, r.reversed])).toEqual([
      ['ALLOCATION', '2023-01-10', 7_000_000, 0, 0],
      ['EXPENDITURE', '2023-01-20', 6_950_000, -50_000, 1],
      ['RECEIPT', '2023-02-01', 6_950_000, 3_950_000, 0],
      ['EXPENDITURE', '2023-03-31', 6_650_000, 3_650_000, 0],
      // The reversal names no day: it takes its command's business day.
      ['REVERSAL', '2023-04-01', 6_700_000, 3_700_000, 0],
      ['ADJUSTMENT', '2023-06-01', 6_200_000, 3_700_000, 0],
    ]);
    const special = await getFundLedger(db, fundId, { category: 'SPECIAL' }, { first: 1 });
    expect(special).toMatchObject({ totalCount: 2, hasNextPage: true });
    const next = await getFundLedger(db, fundId, { category: 'SPECIAL' }, { first: 1, after: special.rows[0]!.cursor });
    expect(next.rows.map((r) => [r.kind, r.linked_stream_id])).toEqual([['REVERSAL', 'visit-v1']]);
  });

  it('keeps targets current and their history in order', async () => {
    const rows = await getPerformanceTargets(db, 2023);
    expect(rows.map((t) => [t.indicator_id, t.value, t.status, t.revision_count])).toEqual([
      ['visits', 24, 'ACTIVE', 1],
      ['publicity', 2, 'WITHDRAWN', 0],
    ]);
    expect(rows[0]!.history.map((h) => [h.kind, h.reason, h.changes])).toEqual([
      ['SET', null, expect.stringContaining('"value":20')],
      ['REVISED', '调整', '{"value":24}'],
      ['EXPLAINED', '走访户数少于预期', '{}'],
      ['EXPLAINED', '政策调整', '{}'],
    ]);
    expect(rows[1]!.history.map((h) => [h.kind, h.actor_id])).toEqual([['SET', 'county-officer'], ['WITHDRAWN', 'county-officer']]);
  });

  it("keeps the latest deviation reason, who gave it and when, as the decider's evolve folds it", async () => {
    const state = targets.reduce(evolveTargetYear, targetDecider.initialState());
    if (state.status !== 'open') throw new Error('targets not open');
    const latest = (await store.readStream('target-2023')).filter((e) => e.type === 'TargetDeviationExplained')[1]!;
    const rows = await getPerformanceTargets(db, 2023);
    expect(rows.map((t) => [t.indicator_id, t.deviation_reason])).toEqual([
      ['visits', state.targets.get('visits')!.deviationReason],
      ['publicity', null],
    ]);
    expect(rows[0]).toMatchObject({
      deviation_reason: '政策调整',
      deviation_explained_position: latest.position,
      deviation_explained_at: latest.recordedAt,
      deviation_explained_by: 'county-officer',
    });
    expect(rows[0]!.history.at(-1)).toMatchObject({ kind: 'EXPLAINED', position: latest.position, recorded_at: latest.recordedAt });
    expect(rows[1]).toMatchObject({ deviation_explained_position: null, deviation_explained_at: null, deviation_explained_by: null });
    // The explanation of an unknown indicator made neither a row nor a history entry.
    expect(await db.selectFrom('fund_target_history').select('indicator_id').where('indicator_id', '=', 'nope').execute()).toEqual([]);
  });

  it('rebuilds to exactly the live tables', async () => {
    const comparison = await bed.rebuildAndCompare(['funds-ledger', 'funds-targets']);
    expect(comparison.tables.map((t) => [t.table, t.liveRows])).toEqual(
      expect.arrayContaining([['fund_summary', 1], ['fund_ledger_entry', 6], ['fund_target', 2], ['fund_target_history', 6]]),
    );
    expect(comparison.equal).toBe(true);
  });
});
