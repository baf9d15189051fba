import { randomUUID } from 'node:crypto';
import type { EventStore } from '@careledger/event-store';
import { EVENT_STORE } from '../infrastructure/tokens';
import { runMutation } from '../testing/run-mutation';
import { startTestApp, type TestApp } from '../testing/test-app';

const PROJECTIONS = `{ projections { name position headPosition lag status skipped failedPosition failedEventId error } }`;
const RESUME = `mutation($name: String!) { resumeProjection(name: $name) { name status } }`;

describe('projection health over GraphQL', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  async function projections(): Promise<Record<string, any>[]> {
    const res = await app.gql(PROJECTIONS);
    expect(res.errors).toBeUndefined();
    return res.data!['projections'];
  }
  const named = async (name: string) => (await projections()).find((p) => p.name === name);

  it('lists the live projections and the audit log, caught up to the head after writes', async () => {
    const { id: caseId } = await runMutation(app, 'openCase', { category: 'BEREAVED', township: 'CY', village: '城南社区', address: '3组', openedOn: '2023-03-15' });
    const last = await runMutation(app, 'addCaseNote', { caseId, text: '走访' });
    const list = await projections();
    for (const name of ['case-summary', 'case-timeline', 'audit-log']) {
      expect(list).toContainEqual({ name, position: last.position, headPosition: last.position, lag: 0, status: 'running', skipped: 0, failedPosition: null, failedEventId: null, error: null });
    }
  });

  it('a projection failing on one event stops alone, reports the event and its lag; the others go on', async () => {
    const store = app.running.app.get<EventStore>(EVENT_STORE);
    await runMutation(app, 'openCase', { category: 'BEREAVED', township: 'CY', village: '城南社区', address: '3组', openedOn: '2023-03-15' });
    // A note on a case that was never opened: the case summary has no row to update and fails.
    const orphan = randomUUID();
    const { position } = await store.append('case-orphan', [
      { id: orphan, type: 'CaseNoteAdded', data: { caseId: 'orphan', noteId: 'n1', text: '?' }, recordedAt: '2023-06-01T00:00:00.000Z', metadata: { actorId: 'system', actorRole: 'admin', actorTownship: null, commandId: 'c1', correlationId: 'c1', causationId: 'c1' } },
    ]);
    await waitUntil(async () => (await named('case-summary'))?.['status'] === 'failed');
    expect(await named('case-summary')).toMatchObject({ status: 'failed', position: position - 1, lag: 1, headPosition: position, failedPosition: position, failedEventId: orphan, error: expect.any(String) });
    await waitUntil(async () => (await named('audit-log'))?.['position'] === position);
    expect(await named('audit-log')).toMatchObject({ status: 'running', lag: 0 });

    // Resuming without a fix retries the same event and stops there again.
    const resumed = await app.gql(RESUME, { name: 'case-summary' });
    expect(resumed.errors).toBeUndefined();
    expect(resumed.data!['resumeProjection']).toMatchObject({ name: 'case-summary' });
    await waitUntil(async () => (await named('case-summary'))?.['status'] === 'failed');
    expect(await named('case-summary')).toMatchObject({ failedPosition: position });

    // A failed read model never reaches the position: read-your-writes answers READ_MODEL_LAG.
    const lagging = await app.gql(`query($p: SafeInt) { cases(minPosition: $p) { totalCount } }`, { p: position });
    expect(lagging.errors?.[0]?.extensions).toMatchObject({ code: 'READ_MODEL_LAG', details: { minPosition: position } });
  });

  it('resuming a running projection changes nothing; an unknown name is VALIDATION_FAILED on name', async () => {
    const ok = await app.gql(RESUME, { name: 'audit-log' });
    expect(ok.data!['resumeProjection']).toEqual({ name: 'audit-log', status: 'running' });
    const unknown = await app.gql(RESUME, { name: 'no-such-projection' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'name' } });
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
