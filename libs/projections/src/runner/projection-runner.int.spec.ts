import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EventStore } from '@careledger/event-store';
import { openSqliteEventStore } from '@careledger/event-store-sqlite';
import type { Kysely } from 'kysely';
import { caseSummaryProjection } from '../case-summary/case-summary.projection';
import { caseTimelineProjection } from '../case-timeline/case-timeline.projection';
import { getCaseTimeline } from '../case-timeline/case-timeline.queries';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { openSqliteReadModels } from '../read-model/sqlite-read-models';
import { newEvent, noted, opened, registered } from '../testing/case-events.fixture';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';

describe('ProjectionRunner (real SQLite event store and read models)', () => {
  let dir: string;
  let store: EventStore;
  let db: Kysely<ReadModelDatabase>;
  const runners: ProjectionRunner[] = [];

  const runner = (projections: readonly Projection[]) => {
    const r = new ProjectionRunner({ store, db, projections, now: () => '2023-03-15T00:00:00.000Z', batchSize: 2 });
    runners.push(r);
    return r;
  };

  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'careledger-projections-'));
    store = await openSqliteEventStore({ filename: path.join(dir, 'events.sqlite') });
    db = await openSqliteReadModels({ filename: path.join(dir, 'read-models.sqlite') });
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
    await db.destroy();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('replays history, then follows live appends; read-your-writes waits for the position', async () => {
    await store.append('case-a', [newEvent(opened('case-a')), newEvent(registered('case-a', 'p1', '张建国'))]);
    const r = runner([caseSummaryProjection, caseTimelineProjection]);
    await r.start();
    const { position } = await store.append('case-a', [newEvent(noted('case-a', '第一次走访'))]);
    expect(await r.waitForPosition(position, 5_000)).toBe(true);

    const summary = await db.selectFrom('case_summary').selectAll().executeTakeFirstOrThrow();
    expect(summary).toMatchObject({ case_id: 'case-a', member_count: 1, head_name: '张建国', revision: 2 });
    const timeline = await getCaseTimeline(db, 'case-a');
    expect(timeline.map((t) => t.type)).toEqual(['CaseOpened', 'MemberRegistered', 'CaseNoteAdded']);
    expect(timeline[1]!.data).not.toContain('43122319580412031X');
    expect(JSON.parse(timeline[1]!.data)).toMatchObject({ idNumber: '4312**********031X', phone: '138****1234' });
    // A position the log has not reached is not caught up, however idle the projections are.
    expect(await r.waitForPosition(position + 1, 300)).toBe(false);
    expect((await r.status()).map((s) => [s.name, s.position, s.status])).toEqual([
      ['case-summary', 3, 'running'],
      ['case-timeline', 3, 'running'],
    ]);
  });

  it('resumes from its checkpoint after a restart without applying anything twice', async () => {
    await store.append('case-a', [newEvent(opened('case-a'))]);
    const first = runner([caseTimelineProjection]);
    await first.start();
    expect(await first.waitForPosition(1, 5_000)).toBe(true);
    await first.stop();

    await store.append('case-a', [newEvent(noted('case-a', '重启后'))]);
    const second = runner([caseTimelineProjection]);
    await second.start();
    expect(await second.waitForPosition(2, 5_000)).toBe(true);
    // The timeline has a unique (case, position) index: a double apply would have failed the projection.
    expect((await getCaseTimeline(db, 'case-a')).map((t) => t.position)).toEqual([1, 2]);
    expect((await second.status())[0]).toMatchObject({ position: 2, status: 'running' });
  });

  it('a projection failing on one event stops only itself, keeps its last good checkpoint, and resumes after a fix', async () => {
    await store.append('case-a', [newEvent(opened('case-a')), newEvent(noted('case-a', 'ok'))]);
    const poison = newEvent(noted('case-a', 'poison'));
    await store.append('case-a', [poison, newEvent(noted('case-a', 'after'))]);

    let broken = true;
    const flaky: Projection = {
      ...caseTimelineProjection,
      async apply(trx, event) {
        if (broken && event.id === poison.id) throw new Error('cannot handle this note');
        return caseTimelineProjection.apply(trx, event);
      },
    };
    const errors: string[] = [];
    const r = new ProjectionRunner({ store, db, projections: [flaky, caseSummaryProjection], now: () => 'now', batchSize: 2, onError: (name, e) => errors.push(`${name}@${e.position}`) });
    runners.push(r);
    await r.start();
    await waitUntil(async () => (await r.status()).some((s) => s.status === 'failed'));

    const statuses = await r.status();
    expect(statuses.find((s) => s.name === 'case-timeline')).toMatchObject({ status: 'failed', position: 2, failedPosition: 3, failedEventId: poison.id, error: 'cannot handle this note' });
    expect(errors).toEqual(['case-timeline@3']);
    // The failing batch rolled back whole: nothing of it is in the read model.
    expect((await getCaseTimeline(db, 'case-a')).map((t) => t.position)).toEqual([1, 2]);
    // The other projection went on to the end.
    expect(await waitUntil(async () => (await r.status()).find((s) => s.name === 'case-summary')?.position === 4)).toBe(true);
    expect(await r.waitForPosition(4, 200)).toBe(false);

    // Restarting without a fix stops it again at the same event.
    await r.stop();
    const again = runner([flaky]);
    await again.start();
    await waitUntil(async () => (await again.status()).some((s) => s.name === 'case-timeline' && s.status === 'failed'));
    expect((await again.status()).find((s) => s.name === 'case-timeline')).toMatchObject({ failedPosition: 3 });
    await again.stop();

    // After the fix, a restart resumes it from its last good checkpoint.
    broken = false;
    const fixed = runner([flaky, caseSummaryProjection]);
    await fixed.start();
    expect(await fixed.waitForPosition(4, 5_000)).toBe(true);
    expect((await getCaseTimeline(db, 'case-a')).map((t) => t.position)).toEqual([1, 2, 3, 4]);
  });

  it('resumes a failed projection on request while the others keep running', async () => {
    await store.append('case-a', [newEvent(opened('case-a'))]);
    const poison = newEvent(noted('case-a', 'poison'));
    await store.append('case-a', [poison]);
    let broken = true;
    const flaky: Projection = {
      ...caseTimelineProjection,
      async apply(trx, event) {
        if (broken && event.id === poison.id) throw new Error('cannot handle this note');
        return caseTimelineProjection.apply(trx, event);
      },
    };
    const r = runner([flaky]);
    await r.start();
    await waitUntil(async () => (await r.status()).some((s) => s.status === 'failed'));
    broken = false;
    await r.resume('case-timeline');
    expect(await r.waitForPosition(2, 5_000)).toBe(true);
    expect((await getCaseTimeline(db, 'case-a')).map((t) => t.position)).toEqual([1, 2]);
  });

  it('skips and counts events it does not handle, and is caught up past other streams', async () => {
    await store.append('case-a', [newEvent(opened('case-a')), newEvent({ type: 'SomethingNew', data: { caseId: 'case-a' } })]);
    await store.append('visit-1', [newEvent({ type: 'VisitRecorded', data: { caseIds: [] } })]);
    const r = runner([caseSummaryProjection]);
    await r.start();
    expect(await r.waitForPosition(3, 5_000)).toBe(true);
    expect((await r.status())[0]).toMatchObject({ position: 2, skipped: 1 });
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}
