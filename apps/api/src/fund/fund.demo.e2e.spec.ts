import { CommandBus } from '@nestjs/cqrs';
import type { DemoCaseRef, DemoRun } from '../demo/demo-seed.types';
import { DEMO_USERS } from '../shared/actor';
import { runMutation } from '../testing/run-mutation';
import { startTestApp, type TestApp } from '../testing/test-app';
import { DEMO_FUND_ID, seedFundDemo } from './fund.demo';
import { fundOf, head, LEDGER } from './fund.testing';

const TIMELINE = `query($id: ID!) { case(id: $id) { timeline { type streamId data } } }`;
const TARGETS = `query { performanceTargets(year: 2023) { indicatorId value weight revisionCount history { kind reason } } }`;

describe('the funds demo seed (real server, embedded store)', () => {
  let app: TestApp;
  let family: DemoCaseRef;
  beforeAll(async () => {
    app = await startTestApp();
    const opened = await runMutation(app, 'openCase', { category: 'BEREAVED', township: 'CY', village: '城南社区', address: '3组12号', openedOn: '2023-01-05' });
    const ctx = { actor: DEMO_USERS[0]!, correlationId: 'demo-seed' };
    family = { index: 0, caseId: opened.id, township: 'CY', openedOn: '2023-01-05', personIds: [], ctx };
    const bus = app.running.app.get(CommandBus);
    const run: DemoRun = (command) => bus.execute(command);
    await seedFundDemo(run, [family]);
  });
  afterAll(async () => {
    await app.close();
  });

  it('opens the 2023 care action fund with receipts, spending, a reversal and room left for visit aid', async () => {
    expect(await fundOf(app, DEMO_FUND_ID)).toMatchObject({
      name: '生育关怀行动专项经费',
      allocatedFen: 7_000_000,
      receivedFen: 7_000_000,
      spentFen: 1_070_000,
      remainingFen: 5_930_000,
    });
    const { data } = await app.gql(LEDGER, { id: DEMO_FUND_ID, first: 100 });
    const kinds = data!['fund'].ledger.edges.map((e: { node: { kind: string } }) => e.node.kind);
    expect(kinds.filter((k: string) => k === 'REVERSAL')).toHaveLength(1);
    expect(new Set(data!['fund'].ledger.edges.map((e: { node: { category: string | null } }) => e.node.category))).toEqual(
      new Set([null, 'PERSONNEL', 'PUBLIC', 'SPECIAL']),
    );
  });

  it("sets the seed report's 2023 targets (100 points) with one revision", async () => {
    const { data } = await app.gql(TARGETS);
    const targets = data!['performanceTargets'] as { indicatorId: string; weight: number; revisionCount: number; value: number }[];
    expect(targets.reduce((sum, t) => sum + t.weight, 0)).toBe(100);
    expect(targets.find((t) => t.indicatorId === 'nursing-subsidy-amount')).toMatchObject({ value: 10_380_000 });
    expect(targets.filter((t) => t.revisionCount > 0)).toEqual([expect.objectContaining({ indicatorId: 'home-visits', value: 24 })]);
  });

  it("shows the aid paid to a family on that family's timeline, after the case's own events", async () => {
    const { data } = await app.gql(TIMELINE, { id: family.caseId });
    const timeline = data!['case'].timeline as { type: string; streamId: string; data: Record<string, unknown> }[];
    expect(timeline.map((e) => e.type)).toEqual(['CaseOpened', 'ExpenditureRecorded']);
    expect(timeline[1]).toMatchObject({ streamId: `fund-${DEMO_FUND_ID}`, data: { amountFen: 200_000, description: '突发事件临时救助金' } });
  });

  it('is resumable: seeding again appends nothing', async () => {
    const before = await head(app);
    const bus = app.running.app.get(CommandBus);
    await seedFundDemo((command) => bus.execute(command), [family]);
    expect(await head(app)).toBe(before);
  });
});
