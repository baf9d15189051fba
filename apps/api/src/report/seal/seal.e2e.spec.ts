import type { EventStore } from '@careledger/event-store';
import { EVENT_STORE } from '../../infrastructure/tokens';
import { runMutation } from '../../testing/run-mutation';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { openFamily, visitInput } from '../../visit/visit.testing';
import { figuresHashOf } from './canonical-report-json';

const COUNTY = 'county-officer';
const SEALS = `query($year: Int!, $min: SafeInt) { sealedReports(year: $year, minPosition: $min) {
  sealId year township position headHash figuresHash sealedOn note sealedAt sealedBy } }`;
const VERIFY = `query($year: Int!, $sealId: ID!, $expected: String) { verifySealedReport(year: $year, sealId: $sealId, expectedHash: $expected) {
  sealId matches figuresHash regeneratedHash position regeneratedJson } }`;
const VISITS = `query($at: SafeInt) { annualReport(year: 2023, atPosition: $at) { position figures { key value } } }`;

type Seal = { sealId: string; township: string | null; position: number; headHash: string; figuresHash: string; sealedOn: string; note: string | null; sealedAt: string; sealedBy: string };
type Verification = { matches: boolean; figuresHash: string; regeneratedHash: string; position: number; regeneratedJson: string };

describe('sealed annual reports (real server, real commands)', () => {
  let app: TestApp;
  let store: EventStore;
  let family: { caseId: string; personIds: string[] };
  const gql = async <T>(query: string, vars: Record<string, unknown>): Promise<T> => {
    const res = await app.gql(query, vars);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data!)[0] as T;
  };
  const seal = (input: Record<string, unknown>) => runMutation(app, 'sealAnnualReport', input, COUNTY);
  const seals = (min = 0) => gql<Seal[]>(SEALS, { year: 2023, min });
  const verify = (sealId: string, expected?: string) => gql<Verification>(VERIFY, { year: 2023, sealId, expected });
  const visitsCount = async (at?: number) =>
    (await gql<{ figures: { key: string; value: number }[] }>(VISITS, { at })).figures.find((f) => f.key === 'visits.count')!.value;

  beforeAll(async () => {
    app = await startTestApp();
    store = app.running.app.get<EventStore>(EVENT_STORE);
    family = await openFamily(app, 'CY');
    await runMutation(app, 'recordVisit', visitInput(family.caseId, family.personIds, { visitedOn: '2023-02-01' }));
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  it('seals at the head, regenerates byte for byte after later events, while the live report moves on', async () => {
    const head = await store.head();
    const sealed = await seal({ year: 2023, township: null, note: '报县财政局' });
    expect(sealed).toMatchObject({ id: '2023', revision: 0 });
    const [first] = await seals(sealed.position);
    expect(first).toMatchObject({ sealId: sealed.createdId, township: null, position: head.position, headHash: head.hash, note: '报县财政局', sealedBy: COUNTY });
    expect(first!.figuresHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first!.sealedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [atHead] = await store.readAll({ fromPosition: head.position - 1, limit: 1 });
    expect(atHead!.hash).toBe(first!.headHash);

    const before = await verify(first!.sealId);
    const later = await runMutation(app, 'recordVisit', visitInput(family.caseId, family.personIds, { visitedOn: '2023-03-01' }));
    expect(await visitsCount()).toBe(2);

    const after = await verify(first!.sealId);
    expect(after).toMatchObject({ matches: true, figuresHash: first!.figuresHash, regeneratedHash: first!.figuresHash, position: head.position });
    expect(after.regeneratedJson).toBe(before.regeneratedJson);
    expect(figuresHashOf(after.regeneratedJson)).toBe(first!.figuresHash);
    expect(JSON.parse(after.regeneratedJson).figures.find((f: { key: string }) => f.key === 'visits.count').value).toBe(1);
    expect(await visitsCount(head.position)).toBe(1);

    // Sealing again now is a correction at a later position with other figures, listed after the first.
    const again = await seal({ year: 2023 });
    const list = await seals(again.position);
    expect(list.map((s) => s.sealId)).toEqual([first!.sealId, again.createdId]);
    expect(list[1]!.position).toBeGreaterThanOrEqual(later.position);
    expect(list[1]!.figuresHash).not.toBe(first!.figuresHash);
  });

  it('reports false against a tampered expectation', async () => {
    const [first] = await seals();
    const tampered = await verify(first!.sealId, 'f'.repeat(64));
    expect(tampered).toMatchObject({ matches: false, figuresHash: 'f'.repeat(64), regeneratedHash: first!.figuresHash });
  });

  it('seals a township report', async () => {
    const sealed = await seal({ year: 2023, township: 'CY' });
    const cy = (await seals(sealed.position)).find((s) => s.sealId === sealed.createdId)!;
    expect(cy.township).toBe('CY');
    expect(await verify(cy.sealId)).toMatchObject({ matches: true });
  });

  it('is exactly-once per command id', async () => {
    const first = await seal({ commandId: 'seal-once', year: 2023 });
    await runMutation(app, 'recordVisit', visitInput(family.caseId, family.personIds, { visitedOn: '2023-04-01' }));
    const count = (await seals()).length;
    const again = await seal({ commandId: 'seal-once', year: 2023 });
    expect(again).toEqual(first);
    expect(await seals()).toHaveLength(count);
  });

  it('refuses a bad year, appending nothing; an unknown seal is NOT_FOUND', async () => {
    const head = await store.head();
    const res = await app.gql('mutation($input: SealAnnualReportInput!) { sealAnnualReport(input: $input) { id } }', { input: { year: 1999 } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'year' } });
    expect(await store.head()).toEqual(head);
    const missing = await app.gql(VERIFY, { year: 2023, sealId: 'no-such-seal' });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('sealing an empty log', () => {
  it('is refused naming position, and appends nothing', async () => {
    const app = await startTestApp();
    try {
      const res = await app.gql('mutation($input: SealAnnualReportInput!) { sealAnnualReport(input: $input) { id } }', { input: { year: 2023 } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'position' } });
      expect((await app.running.app.get<EventStore>(EVENT_STORE).head()).position).toBe(0);
    } finally {
      await app.close();
    }
  });
});
