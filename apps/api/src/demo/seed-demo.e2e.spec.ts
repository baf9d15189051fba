import { CommandBus } from '@nestjs/cqrs';
import type { EventStore } from '@careledger/event-store';
import { EVENT_STORE } from '../infrastructure/tokens';
import { startTestApp, type TestApp } from '../testing/test-app';
import { DEMO_CASES } from './demo-data';
import { seedDemoData } from './seed-demo';

const LIST = `query($filter: CaseFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id township headName status category openedOn } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('demo data and the case list', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    const bus = app.running.app.get(CommandBus);
    const store = app.running.app.get<EventStore>(EVENT_STORE);
    const progress: number[] = [];
    expect(await seedDemoData(bus, store, (done) => progress.push(done))).toBe(true);
    // One step per case file, then one per care domain (funds, insurance, visits, subsidies, donations).
    expect(progress).toEqual([...DEMO_CASES, 1, 2, 3, 4, 5].map((_, i) => i + 1));
    expect(await seedDemoData(bus, store)).toBe(false); // only an empty store is seeded
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists every seeded case through the read model', async () => {
    const { data } = await app.gql(LIST, { first: 100 });
    expect(data!['cases'].totalCount).toBe(DEMO_CASES.length);
  });

  it('seeds every care domain through its own command handlers', async () => {
    const { data } = await app.gql(`{
      visits(first: 1) { totalCount }
      activities(first: 1) { totalCount }
      subsidyApplications(first: 1) { totalCount }
      insurancePolicies(first: 1) { totalCount }
      insuranceClaims(first: 1) { totalCount }
      fund(id: "2023-care-action") { allocatedFen spentFen remainingFen }
      performanceTargets(year: 2023) { indicatorId }
    }`);
    expect(data!['visits'].totalCount).toBeGreaterThanOrEqual(8);
    expect(data!['activities'].totalCount).toBeGreaterThanOrEqual(2);
    expect(data!['subsidyApplications'].totalCount).toBeGreaterThanOrEqual(6);
    expect(data!['insurancePolicies'].totalCount).toBe(1);
    expect(data!['insuranceClaims'].totalCount).toBeGreaterThanOrEqual(4);
    const fund = data!['fund'];
    expect(fund.spentFen).toBeGreaterThan(0);
    expect(fund.remainingFen).toBe(fund.allocatedFen - fund.spentFen);
    expect(data!['performanceTargets'].length).toBeGreaterThan(0);
  });

  it('pages with cursors, newest case file first, without overlap', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response: { data?: any } = await app.gql(LIST, { first: 5, after });
      const conn: any = response.data!['cases'];
      seen.push(...conn.edges.map((e: { node: { id: string } }) => e.node.id));
      pages += 1;
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(DEMO_CASES.length / 5));
    expect(new Set(seen).size).toBe(DEMO_CASES.length);
    const { data } = await app.gql(LIST, { first: 100 });
    const dates = data!['cases'].edges.map((e: { node: { openedOn: string } }) => e.node.openedOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('filters by township, category, status and searches member names', async () => {
    const byTownship = await app.gql(LIST, { filter: { township: 'XP' } });
    expect(byTownship.data!['cases'].edges.map((e: any) => e.node.headName)).toEqual(['王德明']);
    const exited = await app.gql(LIST, { filter: { status: 'EXITED' } });
    expect(exited.data!['cases'].edges.map((e: any) => e.node.township)).toEqual(['AP']);
    const bereaved = await app.gql(LIST, { filter: { category: 'BEREAVED' } });
    const expectedBereaved = DEMO_CASES.filter((c) => c.category === 'BEREAVED').length + 1; // SPX changed to BEREAVED
    expect(bereaved.data!['cases'].totalCount).toBe(expectedBereaved);
    const search = await app.gql(LIST, { filter: { search: '金凤' } });
    expect(search.data!['cases'].edges.map((e: any) => e.node.headName)).toEqual(['蒲家富']);
    const none = await app.gql(LIST, { filter: { search: '%' } });
    expect(none.data!['cases'].totalCount).toBe(0);
  });

  it('refuses a forged cursor and an out-of-range page size with typed errors', async () => {
    const forged = await app.gql(LIST, { after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'after' } });
    const tooMany = await app.gql(LIST, { first: 1000 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'first' } });
  });
});
