import { startTestApp, type TestApp } from '../testing/test-app';
import { ALLOCATION, FUND_FIELDS, fundOf, head, LEDGER, ok, send } from './fund.testing';

const FUNDS = `query($filter: FundFilter, $first: Int, $after: String) {
  funds(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${FUND_FIELDS} } } } }`;

describe('funds: allocateBudget and the funds / fund queries (real server, embedded store)', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('allocates a budget: id <year>-<code>, shown by fund and funds with its figures', async () => {
    const result = await ok(app, 'allocateBudget', ALLOCATION);
    expect(result).toMatchObject({ id: '2023-care-action', revision: 0 });
    expect(await fundOf(app, '2023-care-action')).toEqual({
      id: '2023-care-action',
      year: 2023,
      code: 'care-action',
      name: '生育关怀行动专项经费',
      purpose: '计生特殊家庭走访慰问、集中活动',
      allocatedFen: 7_000_000,
      receivedFen: 0,
      spentFen: 0,
      remainingFen: 7_000_000,
      revision: 0,
    });
    expect(await fundOf(app, '2023-unknown')).toBeNull();
  });

  it('lists funds newest year first, filters by year and pages with a cursor', async () => {
    await ok(app, 'allocateBudget', ALLOCATION);
    await ok(app, 'allocateBudget', { ...ALLOCATION, code: 'basic', name: '基本支出', allocatedOn: '2023-01-05' });
    await ok(app, 'allocateBudget', { ...ALLOCATION, year: 2024, allocatedOn: '2024-01-08' });

    const all = await app.gql(FUNDS, { first: 2 });
    expect(all.data!['funds'].totalCount).toBe(3);
    const firstPage = all.data!['funds'].edges.map((e: { node: { id: string } }) => e.node.id);
    expect(firstPage).toEqual(['2024-care-action', '2023-basic']);
    expect(all.data!['funds'].pageInfo.hasNextPage).toBe(true);
    const rest = await app.gql(FUNDS, { first: 2, after: all.data!['funds'].pageInfo.endCursor });
    expect(rest.data!['funds'].edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['2023-care-action']);
    expect(rest.data!['funds'].pageInfo.hasNextPage).toBe(false);

    const of2023 = await app.gql(FUNDS, { filter: { year: 2023 } });
    expect(of2023.data!['funds'].totalCount).toBe(2);

    const bad = await app.gql(FUNDS, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const tooMany = await app.gql(FUNDS, { first: 1000 });
    expect(tooMany.errors?.[0]?.extensions?.details?.['field']).toBe('first');
  });

  it('is idempotent per commandId and refuses allocating the same fund twice, appending nothing', async () => {
    const first = await ok(app, 'allocateBudget', { ...ALLOCATION, commandId: 'alloc-1' });
    const again = await ok(app, 'allocateBudget', { ...ALLOCATION, commandId: 'alloc-1' });
    expect(again).toEqual(first);
    const before = await head(app);
    const twice = await send(app, 'allocateBudget', { ...ALLOCATION, amountFen: 100 });
    expect(twice.code).toBe('ALREADY_EXISTS');
    expect(await head(app)).toBe(before);
    expect(await fundOf(app, '2023-care-action')).toMatchObject({ allocatedFen: 7_000_000, revision: 0 });
  });

  it.each([
    ['negative fen', { amountFen: -1 }, 'amountFen'],
    ['a date outside the year', { allocatedOn: '2024-01-01' }, 'allocatedOn'],
    ['a malformed date', { allocatedOn: '2023-02-30' }, 'allocatedOn'],
    ['a code that is not kebab case', { code: 'Care Action' }, 'code'],
    ['a year out of range', { year: 1999, allocatedOn: '1999-01-01' }, 'year'],
    ['an empty name', { name: ' ' }, 'name'],
  ])('refuses %s with VALIDATION_FAILED on its field, appending nothing', async (_label, change, field) => {
    const before = await head(app);
    const { code, field: reported } = await send(app, 'allocateBudget', { ...ALLOCATION, ...change });
    expect({ code, field: reported }).toEqual({ code: 'VALIDATION_FAILED', field });
    expect(await head(app)).toBe(before);
    const { data } = await app.gql(FUNDS, {});
    expect(data!['funds'].totalCount).toBe(0);
  });

  it('refuses fractional fen at the API boundary (SafeInt) as VALIDATION_FAILED on its field, appending nothing', async () => {
    const { code, field } = await send(app, 'allocateBudget', { ...ALLOCATION, amountFen: 10.5 });
    expect({ code, field }).toEqual({ code: 'VALIDATION_FAILED', field: 'amountFen' });
    expect(await head(app)).toBe(0);
  });

  it('shows the allocation as the first ledger entry', async () => {
    await ok(app, 'allocateBudget', ALLOCATION);
    const { data } = await app.gql(LEDGER, { id: '2023-care-action' });
    expect(data!['fund'].ledger.edges.map((e: { node: unknown }) => e.node)).toEqual([
      expect.objectContaining({ kind: 'ALLOCATION', date: '2023-01-10', amountFen: 7_000_000, runningRemainingFen: 7_000_000, runningBalanceFen: 0 }),
    ]);
  });
});
