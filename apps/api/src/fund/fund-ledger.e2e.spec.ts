import { fundDecider, fundStreamId } from '@careledger/domain-fund';
import { CommandRunner } from '../shared/command-runner';
import { SYSTEM_ACTOR } from '../shared/actor';
import { startTestApp, type TestApp } from '../testing/test-app';
import { ALLOCATION, LEDGER, ok } from './fund.testing';

const FUND_ID = '2023-care-action';

interface Node {
  kind: string;
  date: string;
  amountFen: number;
  category: string | null;
  reversed: boolean;
  runningRemainingFen: number;
  runningBalanceFen: number;
  linked: { streamId: string; kind: string; recordId: string } | null;
}

describe('a fund ledger (real server, embedded store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await ok(app, 'allocateBudget', ALLOCATION);
    // Recorded out of business-day order on purpose: the ledger sorts by day, then log order.
    await ok(app, 'receiveFunds', { fundId: FUND_ID, amountFen: 3_000_000, receivedOn: '2023-03-01', source: '县财政局' });
    await ok(app, 'recordExpenditure', { fundId: FUND_ID, category: 'PERSONNEL', amountFen: 100_000, spentOn: '2023-02-15', description: '专干补贴' });
    const wrong = await ok(app, 'recordExpenditure', {
      fundId: FUND_ID,
      category: 'PUBLIC',
      amountFen: 50_000,
      spentOn: '2023-03-10',
      description: '印刷费',
      linkedStreamId: 'subsidy-app-7',
    });
    await ok(app, 'reverseExpenditure', { fundId: FUND_ID, expenditureId: wrong.createdId, reason: '科目错误', businessDate: '2023-03-20' });
    await ok(app, 'adjustAllocation', { fundId: FUND_ID, deltaFen: -1_000_000, adjustedOn: '2023-03-15', reason: '预算调减' });
    // A visit's cash aid, charged through the fund decider by the visits module (not a fund mutation).
    const runner = app.running.app.get(CommandRunner);
    const charged = await runner.execute(fundDecider, {
      streamId: fundStreamId(FUND_ID),
      commandId: 'visit-cash-1',
      context: { actor: SYSTEM_ACTOR, correlationId: null },
      businessDate: '2023-03-12',
      command: {
        type: 'RecordExpenditure',
        data: { fundId: FUND_ID, expenditureId: 'visit-v-1-aid', category: 'SPECIAL', amountFen: 80_000, spentOn: '2023-03-12', description: '走访慰问 v-1 现金', linkedStreamId: 'visit-v-1' },
      },
    });
    await runner.settle(charged.position);
  });
  afterAll(async () => {
    await app.close();
  });

  const ledger = async (vars: Record<string, unknown> = {}) => {
    const res = await app.gql(LEDGER, { id: FUND_ID, ...vars });
    if (res.errors) return { errors: res.errors };
    const l = res.data!['fund'].ledger;
    return { ...l, nodes: l.edges.map((e: { node: Node }) => e.node) as Node[] };
  };

  it('lists every entry in business-day then log order with running remaining and balance', async () => {
    const { nodes, totalCount } = await ledger();
    expect(totalCount).toBe(7);
    expect(nodes.map((n: Node) => [n.kind, n.date, n.amountFen, n.runningRemainingFen, n.runningBalanceFen])).toEqual([
      ['ALLOCATION', '2023-01-10', 7_000_000, 7_000_000, 0],
      ['EXPENDITURE', '2023-02-15', 100_000, 6_900_000, -100_000],
      ['RECEIPT', '2023-03-01', 3_000_000, 6_900_000, 2_900_000],
      ['EXPENDITURE', '2023-03-10', 50_000, 6_850_000, 2_850_000],
      ['EXPENDITURE', '2023-03-12', 80_000, 6_770_000, 2_770_000],
      ['ADJUSTMENT', '2023-03-15', -1_000_000, 5_770_000, 2_770_000],
      ['REVERSAL', '2023-03-20', 50_000, 5_820_000, 2_820_000],
    ]);
    expect(nodes[3]).toMatchObject({ reversed: true, linked: { kind: 'SUBSIDY_APPLICATION', recordId: 'app-7' } });
    expect(nodes[6]).toMatchObject({ category: 'PUBLIC', linked: { streamId: 'subsidy-app-7' } });
    expect(nodes[4]).toMatchObject({ category: 'SPECIAL', reversed: false, linked: { streamId: 'visit-v-1', kind: 'VISIT', recordId: 'v-1' } });
  });

  it("agrees with the fund's own figures (the decider's remaining) at the end", async () => {
    const { data } = await app.gql(`query { fund(id: "${FUND_ID}") { allocatedFen receivedFen spentFen remainingFen
      figures { basicSpentFen balanceFen receivedGapFen byCategory { category spentFen shareBp basicShareBp } } } }`);
    const fund = data!['fund'];
    expect(fund).toMatchObject({ allocatedFen: 6_000_000, receivedFen: 3_000_000, spentFen: 180_000, remainingFen: 5_820_000 });
    expect(fund.figures).toEqual({
      basicSpentFen: 100_000,
      balanceFen: 2_820_000,
      receivedGapFen: 3_000_000,
      byCategory: [
        { category: 'PERSONNEL', spentFen: 100_000, shareBp: 5556, basicShareBp: 10000 },
        { category: 'PUBLIC', spentFen: 0, shareBp: 0, basicShareBp: 0 },
        { category: 'SPECIAL', spentFen: 80_000, shareBp: 4444, basicShareBp: null },
      ],
    });
  });

  it('filters by category and date, keeping the whole-ledger running figures', async () => {
    const publicOnly = await ledger({ category: 'PUBLIC' });
    expect(publicOnly.nodes.map((n: Node) => [n.kind, n.runningRemainingFen])).toEqual([
      ['EXPENDITURE', 6_850_000],
      ['REVERSAL', 5_820_000],
    ]);
    const march = await ledger({ dateFrom: '2023-03-01', dateTo: '2023-03-12' });
    expect(march.nodes.map((n: Node) => n.date)).toEqual(['2023-03-01', '2023-03-10', '2023-03-12']);
    const bad = await ledger({ dateFrom: '2023-13-01' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'dateFrom' } });
    const forged = await ledger({ after: 'forged' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'after' } });
  });

  it('pages with a cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const l = await ledger({ first: 3, after });
      seen.push(...l.nodes.map((n: Node) => `${n.kind}@${n.date}`));
      if (!l.pageInfo.hasNextPage) break;
      after = l.pageInfo.endCursor;
    }
    expect(seen).toEqual((await ledger()).nodes.map((n: Node) => `${n.kind}@${n.date}`));
    expect(seen).toHaveLength(7);
  });
});
