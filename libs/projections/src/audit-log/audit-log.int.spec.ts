import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EventStore, NewEvent } from '@careledger/event-store';
import { openSqliteEventStore } from '@careledger/event-store-sqlite';
import type { Kysely } from 'kysely';
import { InvalidCursorError } from '../case-summary/case-summary.queries';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { openSqliteReadModels } from '../read-model/sqlite-read-models';
import { ProjectionRunner } from '../runner/projection-runner';
import { newEvent, noted, opened, registered } from '../testing/case-events.fixture';
import { auditLogProjection } from './audit-log.projection';
import { getCaseEventPositions, listAuditEvents, type AuditTrailFilter } from './audit-log.queries';

const at = (event: NewEvent, recordedAt: string, businessDate: string | null = null): NewEvent => ({
  ...event,
  recordedAt,
  metadata: { ...event.metadata, businessDate },
});

describe('audit-log projection and queries (real SQLite)', () => {
  let dir: string;
  let store: EventStore;
  let db: Kysely<ReadModelDatabase>;
  let runner: ProjectionRunner;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'careledger-audit-'));
    store = openSqliteEventStore({ filename: path.join(dir, 'events.sqlite') });
    db = await openSqliteReadModels({ filename: path.join(dir, 'read-models.sqlite') });
    // 1–3 case-a by the CY caseworker, 4 case-b by XP, 5 a visit naming both, 6 a county note on a.
    await store.append('case-a', [
      at(newEvent(opened('case-a')), '2023-03-01T02:00:00.000Z', '2023-03-01'),
      at(newEvent(registered('case-a', 'p1', '张建国')), '2023-03-02T02:00:00.000Z'),
      at(newEvent(noted('case-a', '首次走访')), '2023-03-03T02:00:00.000Z', '2023-02-27'),
    ]);
    await store.append('case-b', [
      at(newEvent(opened('case-b', { township: 'XP' }), { actorId: 'caseworker-xp', actorTownship: 'XP' }), '2023-04-01T02:00:00.000Z', '2023-04-01'),
    ]);
    // Recorded 17:30 UTC on 4 May = 01:30 on 5 May in Shanghai: with no business date, it is about 5 May.
    await store.append('visit-1', [
      at(newEvent({ type: 'VisitRecorded', data: { visitId: 'v1', caseIds: ['case-a', 'case-b'] } }), '2023-05-04T17:30:00.000Z'),
    ]);
    await store.append('case-a', [
      at(newEvent(noted('case-a', '县里复核'), { actorId: 'county-officer', actorRole: 'county_officer', actorTownship: null, reason: '抽查' }), '2023-06-01T02:00:00.000Z', '2023-06-01'),
    ]);
    runner = new ProjectionRunner({ store, db, projections: [auditLogProjection], now: () => '2023-06-02T00:00:00.000Z', batchSize: 2 });
    await runner.start();
    expect(await runner.waitForPosition(6, 5_000)).toBe(true);
  });
  afterAll(async () => {
    await runner.stop();
    await db.destroy();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const positions = async (filter: AuditTrailFilter) =>
    (await listAuditEvents(db, filter, { first: 50 })).rows.map((r) => r.position);

  it('keeps one row per event of every stream, with its metadata, chain links and masked payload', async () => {
    const page = await listAuditEvents(db, {}, { first: 50 });
    expect(page.totalCount).toBe(6);
    const stored = await store.readAll();
    expect(page.rows.map((r) => [r.position, r.event_id, r.prev_hash, r.hash])).toEqual(
      [...stored].reverse().map((e) => [e.position, e.id, e.prevHash, e.hash]),
    );
    const member = page.rows.find((r) => r.type === 'MemberRegistered')!;
    expect(member).toMatchObject({ stream_id: 'case-a', stream_type: 'case', revision: 1, schema_version: 1, actor_id: 'caseworker-cy', actor_township: 'CY', business_date: null, effective_date: '2023-03-02', caseIds: ['case-a'] });
    expect(member.data).not.toContain('43122319580412031X');
    expect(JSON.parse(member.data)).toMatchObject({ idNumber: '4312**********031X', phone: '138****1234', name: '张建国' });
    const county = page.rows[0]!;
    expect(county).toMatchObject({ actor_role: 'county_officer', actor_township: null, reason: '抽查', command_id: expect.any(String), correlation_id: 'corr-1', causation_id: 'cause-1' });
  });

  it('filters by stream, stream type, case (including other streams naming it), actor, township and event type', async () => {
    expect(await positions({ streamId: 'case-a' })).toEqual([6, 3, 2, 1]);
    expect(await positions({ streamType: 'visit' })).toEqual([5]);
    expect(await positions({ caseId: 'case-b' })).toEqual([5, 4]);
    expect(await positions({ caseId: 'case-a', streamType: 'case' })).toEqual([6, 3, 2, 1]);
    expect(await positions({ actorId: 'county-officer' })).toEqual([6]);
    expect(await positions({ township: 'XP' })).toEqual([4]);
    expect(await positions({ eventTypes: ['CaseOpened', 'VisitRecorded'] })).toEqual([5, 4, 1]);
    expect(await positions({ eventTypes: [] })).toEqual([6, 5, 4, 3, 2, 1]);
    expect((await listAuditEvents(db, { caseId: 'case-b' }, { first: 50 })).rows[0]!.caseIds).toEqual(['case-a', 'case-b']);
  });

  it('filters by recorded instant (from inclusive, to exclusive) and by the day each event is about', async () => {
    expect(await positions({ recordedFrom: '2023-03-02T02:00:00.000Z', recordedTo: '2023-04-01T02:00:00.000Z' })).toEqual([3, 2]);
    // The note recorded on 3 March is about 27 February; the visit without a business date is about 5 May.
    expect(await positions({ businessFrom: '2023-02-27', businessTo: '2023-03-01' })).toEqual([3, 1]);
    expect(await positions({ businessFrom: '2023-05-05', businessTo: '2023-05-05' })).toEqual([5]);
    expect(await positions({ businessTo: '2023-05-04', township: 'CY' })).toEqual([3, 2, 1]);
  });

  it('pages newest first by cursor without overlap, counting the whole filtered set', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await listAuditEvents(db, { streamType: 'case' }, { first: 2, after });
      expect(page.totalCount).toBe(5);
      seen.push(...page.rows.map((r) => r.position));
      if (!page.hasNextPage) break;
      after = page.rows[page.rows.length - 1]!.cursor;
    }
    expect(seen).toEqual([6, 4, 3, 2, 1]);
    await expect(listAuditEvents(db, {}, { first: 2, after: 'bm90LWEtY3Vyc29y' })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('indexes the positions of every event touching a case, for time travel', async () => {
    expect(await getCaseEventPositions(db, 'case-a')).toEqual([1, 2, 3, 5, 6]);
    expect(await getCaseEventPositions(db, 'nobody')).toEqual([]);
  });
});
