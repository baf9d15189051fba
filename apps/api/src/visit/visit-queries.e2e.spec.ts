import { startTestApp, type TestApp } from '../testing/test-app';
import { allocateFund, FUND_ID, openFamily, send, visitInput } from './visit.testing';

const LIST = `query($filter: VisitFilter, $first: Int, $after: String) { visits(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id visitedOn visitType township status } } } }`;

describe('visits query: filters and cursor pagination (real server, embedded store)', () => {
  let app: TestApp;
  let cy: { caseId: string; personIds: string[] };
  let xp: { caseId: string; personIds: string[] };
  beforeAll(async () => {
    app = await startTestApp();
    cy = await openFamily(app, 'CY');
    xp = await openFamily(app, 'XP', 1);
    await allocateFund(app, 1_000_000);
    const days = ['2023-01-20', '2023-03-08', '2023-05-14', '2023-09-28', '2023-12-30'];
    for (const [i, day] of days.entries()) {
      await send(app, 'recordVisit', visitInput(cy.caseId, cy.personIds, { visitedOn: day, followUp: null, visitType: i % 2 ? 'HOME' : 'HOLIDAY', ...(i === 2 ? { cashAidFen: 10_000, fundId: FUND_ID } : {}) }));
    }
    const xpVisit = await send(app, 'recordVisit', visitInput(xp.caseId, xp.personIds, { township: 'XP', visitedOn: '2023-06-01', followUp: null }));
    await send(app, 'voidVisit', { visitId: xpVisit.data!['id'], reason: '误录' });
  });
  afterAll(async () => {
    await app.close();
  });

  const list = async (variables: Record<string, unknown>) => {
    const res = await app.gql(LIST, variables);
    expect(res.errors).toBeUndefined();
    return res.data!['visits'];
  };
  const days = (conn: { edges: { node: { visitedOn: string } }[] }) => conn.edges.map((e) => e.node.visitedOn);

  it('pages through the visits, latest first, without gaps or repeats', async () => {
    const first = await list({ first: 2 });
    expect(first.totalCount).toBe(5);
    expect(days(first)).toEqual(['2023-12-30', '2023-09-28']);
    const second = await list({ first: 2, after: first.pageInfo.endCursor });
    expect(days(second)).toEqual(['2023-05-14', '2023-03-08']);
    const third = await list({ first: 2, after: second.pageInfo.endCursor });
    expect(days(third)).toEqual(['2023-01-20']);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by township, type, date range, case, fund and voided status', async () => {
    expect((await list({ filter: { township: 'XP' } })).totalCount).toBe(0);
    expect((await list({ filter: { township: 'XP', includeVoided: true } })).edges[0].node.status).toBe('VOIDED');
    expect(days(await list({ filter: { visitType: 'HOME' } }))).toEqual(['2023-09-28', '2023-03-08']);
    expect(days(await list({ filter: { from: '2023-03-08', to: '2023-09-28' } }))).toEqual(['2023-09-28', '2023-05-14', '2023-03-08']);
    expect((await list({ filter: { caseId: cy.caseId } })).totalCount).toBe(5);
    expect((await list({ filter: { caseId: xp.caseId, includeVoided: true } })).totalCount).toBe(1);
    expect(days(await list({ filter: { fundId: FUND_ID } }))).toEqual(['2023-05-14']);
  });

  it("shows a family's visits on the case, voided ones included", async () => {
    const res = await app.gql(`query($id: ID!) { case(id: $id) { visits { totalCount edges { node { status } } } } }`, { id: xp.caseId });
    expect(res.data!['case'].visits).toEqual({ totalCount: 1, edges: [{ node: { status: 'VOIDED' } }] });
  });

  it('refuses a foreign cursor and a page size out of range with VALIDATION_FAILED', async () => {
    const bad = await app.gql(LIST, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'after' } });
    const big = await app.gql(LIST, { first: 1000 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'first' } });
  });
});
