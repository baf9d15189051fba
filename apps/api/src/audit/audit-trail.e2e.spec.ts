import { demoIdNumber } from '../demo/demo-data';
import { runMutation } from '../testing/run-mutation';
import { startTestApp, type TestApp } from '../testing/test-app';
import { TestClock } from '../testing/test-clock';

const TRAIL = `query($filter: AuditFilter, $first: Int, $after: String, $minPosition: SafeInt) {
  auditTrail(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {
    totalCount
    edges { cursor node {
      eventId position streamId streamType revision type schemaVersion data recordedAt businessDate
      actorId actorName actorRole actorTownship reason commandId correlationId causationId prevHash hash caseIds
    } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const ID_NUMBER = demoIdNumber('1958-04-12', 31);

/** The audit trail over HTTP: each filter, the metadata of each event, and cursor paging. */
describe('auditTrail over GraphQL', () => {
  const clock = new TestClock('2023-03-01T02:00:00Z');
  let app: TestApp;
  let caseA: string;
  let caseB: string;

  beforeAll(async () => {
    app = await startTestApp({}, { clock });
    // 1–2: the CY caseworker opens case A and registers a member (1 March).
    caseA = (await runMutation(app, 'openCase', { category: 'BEREAVED', township: 'CY', village: '城南社区', address: '3组', openedOn: '2023-03-01' }, 'caseworker-cy')).id;
    await runMutation(app, 'registerMember', { caseId: caseA, name: '张建国', idNumber: ID_NUMBER, relation: 'HEAD', birthDate: '1958-04-12', phone: '13807451234' }, 'caseworker-cy');
    // 3–4: the XP caseworker opens case B and notes a visit (10 April).
    clock.set('2023-04-10T02:00:00Z');
    caseB = (await runMutation(app, 'openCase', { category: 'HARDSHIP', township: 'XP', village: '孝坪村', address: '5组', openedOn: '2023-04-10' }, 'caseworker-xp')).id;
    await runMutation(app, 'addCaseNote', { caseId: caseB, text: '走访' }, 'caseworker-xp');
    // 5–6: the county officer reviews case A (20 May).
    clock.set('2023-05-20T02:00:00Z');
    await runMutation(app, 'addCaseNote', { caseId: caseA, text: '复核' }, 'county-officer');
    await runMutation(app, 'changeCaseCategory', { caseId: caseA, category: 'DISABLED_CHILD', reason: '复核后更正' }, 'county-officer');
  });
  afterAll(async () => {
    await app.close();
  });

  async function trail(filter: Record<string, unknown> | null, first = 50, after: string | null = null) {
    const res = await app.gql(TRAIL, { filter, first, after });
    expect(res.errors).toBeUndefined();
    return res.data!['auditTrail'];
  }
  const positions = async (filter: Record<string, unknown>) =>
    (await trail(filter)).edges.map((e: { node: { position: number } }) => e.node.position);

  it('lists every event newest first with who, when, why, its hash link and a masked payload', async () => {
    const all = await trail(null);
    expect(all.totalCount).toBe(6);
    const nodes = all.edges.map((e: { node: Record<string, any> }) => e.node);
    expect(nodes.map((n: { position: number }) => n.position)).toEqual([6, 5, 4, 3, 2, 1]);
    // Each event links to the hash of the one before it.
    nodes.slice(0, -1).forEach((n: { prevHash: string }, i: number) => expect(n.prevHash).toBe(nodes[i + 1].hash));
    expect(nodes[0]).toMatchObject({
      streamId: `case-${caseA}`, streamType: 'case', revision: 3, type: 'CategoryChanged', schemaVersion: 1,
      recordedAt: '2023-05-20T02:00:00.000Z', businessDate: '2023-05-20', actorId: 'county-officer', actorName: '王军',
      actorRole: 'county_officer', actorTownship: null, reason: '复核后更正', caseIds: [caseA],
      data: { caseId: caseA, from: 'BEREAVED', to: 'DISABLED_CHILD' },
    });
    expect(nodes[0].causationId).toBe(nodes[0].commandId);
    const member = nodes[4];
    expect(member).toMatchObject({ type: 'MemberRegistered', actorName: '刘芳', actorTownship: 'CY' });
    expect(member.data).toMatchObject({ idNumber: `${ID_NUMBER.slice(0, 4)}**********${ID_NUMBER.slice(-4)}`, phone: '138****1234' });
    expect(JSON.stringify(all)).not.toContain(ID_NUMBER);
  });

  it('filters by stream, stream type, case, actor, township and event type', async () => {
    expect(await positions({ streamId: `case-${caseA}` })).toEqual([6, 5, 2, 1]);
    expect(await positions({ streamType: 'case' })).toEqual([6, 5, 4, 3, 2, 1]);
    expect(await positions({ streamType: 'visit' })).toEqual([]);
    expect(await positions({ caseId: caseB })).toEqual([4, 3]);
    expect(await positions({ actorId: 'caseworker-xp' })).toEqual([4, 3]);
    expect(await positions({ actorId: 'county-officer' })).toEqual([6, 5]);
    expect(await positions({ township: 'CY' })).toEqual([2, 1]);
    expect(await positions({ eventTypes: ['CaseOpened', 'CaseNoteAdded'] })).toEqual([5, 4, 3, 1]);
    expect(await positions({ township: 'XP', eventTypes: ['CaseNoteAdded'] })).toEqual([4]);
  });

  it('filters by recorded instant (from inclusive, to exclusive, any offset) and by business date', async () => {
    expect(await positions({ recordedFrom: '2023-04-10T02:00:00Z', recordedTo: '2023-05-20T02:00:00Z' })).toEqual([4, 3]);
    expect(await positions({ recordedFrom: '2023-05-20T10:00:00+08:00' })).toEqual([6, 5]);
    expect(await positions({ businessFrom: '2023-03-01', businessTo: '2023-04-10' })).toEqual([4, 3, 2, 1]);
    expect(await positions({ businessFrom: '2023-04-11' })).toEqual([6, 5]);
    expect(await positions({ businessTo: '2023-02-28' })).toEqual([]);
  });

  it('pages by cursor without overlap or gaps, with the same total on every page', async () => {
    const first = await trail({ streamType: 'case' }, 4);
    expect(first.totalCount).toBe(6);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: first.edges[3].cursor });
    const second = await trail({ streamType: 'case' }, 4, first.pageInfo.endCursor);
    expect(second.totalCount).toBe(6);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const seen = [...first.edges, ...second.edges].map((e: { node: { position: number } }) => e.node.position);
    expect(seen).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 201 }, 'first'],
    [{ filter: { recordedFrom: 'yesterday' } }, 'recordedFrom'],
    [{ filter: { recordedTo: '2023-05-20' } }, 'recordedTo'],
    [{ filter: { businessFrom: '2023-13-01' } }, 'businessFrom'],
    [{ filter: { businessTo: '20230520' } }, 'businessTo'],
    [{ after: 'not-a-cursor' }, 'after'],
  ])('refuses %j with VALIDATION_FAILED naming %s', async (variables, field) => {
    const res = await app.gql(TRAIL, variables);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field } });
  });

  it('accepts 200 per page and a reached minPosition', async () => {
    const res = await app.gql(TRAIL, { first: 200, minPosition: 6 });
    expect(res.errors).toBeUndefined();
    expect(res.data!['auditTrail'].totalCount).toBe(6);
  });
});
