import { runMutation } from '../testing/run-mutation';
import { startTestApp, type TestApp } from '../testing/test-app';

const CASES = `query($p: SafeInt) { cases(minPosition: $p) { totalCount } }`;
const CASE = `query($id: ID!, $p: SafeInt) { case(id: $id, minPosition: $p) { id revision } }`;
const TRAIL = `query($p: SafeInt) { auditTrail(minPosition: $p) { totalCount } }`;

describe('read-your-writes: queries wait for minPosition', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers at once when the read models have the position a mutation returned', async () => {
    const opened = await runMutation(app, 'openCase', { category: 'BEREAVED', township: 'CY', village: '城南社区', address: '3组', openedOn: '2023-03-15' });
    const note = await runMutation(app, 'addCaseNote', { caseId: opened.id, text: '走访' });
    const [cases, one, trail] = await Promise.all([
      app.gql(CASES, { p: note.position }),
      app.gql(CASE, { id: opened.id, p: note.position }),
      app.gql(TRAIL, { p: note.position }),
    ]);
    expect(cases.data!['cases'].totalCount).toBe(1);
    expect(one.data!['case']).toEqual({ id: opened.id, revision: 1 });
    expect(trail.data!['auditTrail'].totalCount).toBe(2);
  });

  it('beyond the head, waits about 5 s and then answers READ_MODEL_LAG with the position', async () => {
    const started = Date.now();
    const results = await Promise.all([
      app.gql(CASES, { p: 1_000 }),
      app.gql(CASE, { id: 'any', p: 1_000 }),
      app.gql(TRAIL, { p: 1_000 }),
    ]);
    const elapsed = Date.now() - started;
    for (const res of results) {
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'READ_MODEL_LAG', details: { minPosition: 1_000 } });
    }
    expect(elapsed).toBeGreaterThanOrEqual(4_500);
    expect(elapsed).toBeLessThan(8_000);
  });

  it('refuses a negative minPosition', async () => {
    const res = await app.gql(CASES, { p: -1 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'minPosition' } });
  });
});
