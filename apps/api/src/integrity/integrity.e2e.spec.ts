import path from 'node:path';
import Database from 'better-sqlite3';
import { runMutation } from '../testing/run-mutation';
import { startTestApp, type TestApp } from '../testing/test-app';
import { TestClock } from '../testing/test-clock';

const INTEGRITY = `{ integrity { ok checked headPosition headHash brokenAt problem checkedAt } }`;

describe('integrity over GraphQL', () => {
  const clock = new TestClock('2023-06-01T02:00:00Z');
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp({}, { clock });
  });
  afterEach(async () => {
    await app.close();
  });

  async function integrity() {
    const res = await app.gql(INTEGRITY);
    expect(res.errors).toBeUndefined();
    return res.data!['integrity'];
  }

  /** What someone holding the database file could do: drop the append-only triggers, edit a row. */
  function flipByteOfEvent(position: number) {
    const db = new Database(path.join(app.dataDir, 'events.sqlite'));
    try {
      db.pragma('busy_timeout = 5000');
      db.exec('DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;');
      const data = db.prepare<[number], string>('SELECT data FROM events WHERE position = ?').pluck().get(position)!;
      const i = Math.floor(data.length / 2);
      const flipped = data.slice(0, i) + String.fromCharCode(data.charCodeAt(i) ^ 1) + data.slice(i + 1);
      db.prepare('UPDATE events SET data = ? WHERE position = ?').run(flipped, position);
    } finally {
      db.close();
    }
  }

  it('reports an untampered log with its head, then the first position of a byte altered on disk', async () => {
    const { id: caseId } = await runMutation(app, 'openCase', { category: 'BEREAVED', township: 'CY', village: '城南社区', address: '3组', openedOn: '2023-03-15' });
    await runMutation(app, 'addCaseNote', { caseId, text: '第一次走访' });
    const last = await runMutation(app, 'addCaseNote', { caseId, text: '第二次走访' });
    clock.set('2023-06-02T09:30:00Z');

    const ok = await integrity();
    const trail = await app.gql(`{ auditTrail(first: 1) { edges { node { hash } } } }`);
    expect(ok).toEqual({
      ok: true,
      checked: 3,
      headPosition: last.position,
      headHash: trail.data!['auditTrail'].edges[0].node.hash,
      brokenAt: null,
      problem: null,
      checkedAt: '2023-06-02T09:30:00.000Z',
    });

    flipByteOfEvent(2);
    expect(await integrity()).toEqual({
      ok: false,
      checked: 1,
      headPosition: 3,
      headHash: ok.headHash,
      brokenAt: 2,
      problem: 'hash_mismatch',
      checkedAt: '2023-06-02T09:30:00.000Z',
    });
  });

  it('an empty log is intact', async () => {
    expect(await integrity()).toMatchObject({ ok: true, checked: 0, headPosition: 0, headHash: '0'.repeat(64), brokenAt: null });
  });
});
