import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { careCasePersonalData } from '@careledger/domain-care-case';
import { InMemoryPersonalDataKeyStore, PersonalDataVault, protectPersonalData, type EventStore } from '@careledger/event-store';
import { openSqliteEventStore, type SqliteEventStore } from '@careledger/event-store-sqlite';
import { sql, type Kysely } from 'kysely';
import { allProjections } from '..';
import { caseSummaryProjection } from '../case-summary/case-summary.projection';
import { caseTimelineProjection } from '../case-timeline/case-timeline.projection';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { openSqliteReadModels } from '../read-model/sqlite-read-models';
import type { Projection } from '../runner/projection';
import { ProjectionRunner } from '../runner/projection-runner';
import { newEvent, noted, opened, registered } from '../testing/case-events.fixture';
import { compareReadModels } from './compare-read-models';
import { PERSONAL_DATA_MARKER } from './read-model-tables';
import { rebuildReadModels, type RebuildProgress } from './rebuild-read-models';
import { openRebuildTarget } from './rebuild-target';
import { swapReadModels } from './swap-read-models';

const projections = allProjections;
const now = () => '2023-03-15T00:00:00.000Z';

/** A complete visit (every projection reads it, the visits read model in full) to c1 and c2. */
const VISIT_TO_TWO_FAMILIES = {
  visitId: 'v1',
  visitType: 'HOME',
  visitedOn: '2023-06-01',
  township: 'CY',
  visitors: ['刘芳'],
  caseIds: ['c1', 'c2'],
  personsReached: [
    { caseId: 'c1', personId: 'c1-p1' },
    { caseId: 'c2', personId: 'c2-p1' },
  ],
  needsFound: [],
  followUp: null,
  cashAidFen: 0,
  fundId: null,
  goods: [],
};

describe('rebuilding read models (real SQLite files)', () => {
  let dir: string;
  let raw: SqliteEventStore;
  let store: EventStore;
  let live: Kysely<ReadModelDatabase>;
  let runner: ProjectionRunner;
  const opened$: Kysely<ReadModelDatabase>[] = [];

  /** A rebuild target (statement cache, synchronous OFF); the live side opens as the platform does. */
  const fresh = async (name: string) => {
    const db = await openRebuildTarget(path.join(dir, name));
    opened$.push(db);
    return db;
  };

  /** Three families, corrections, contacts, an exit and a visit naming two cases (not a case stream). */
  async function populate(): Promise<number> {
    for (const id of ['c1', 'c2', 'c3']) {
      await store.append(`case-${id}`, [newEvent(opened(id)), newEvent(registered(id, `${id}-p1`, '张建国')), newEvent(registered(id, `${id}-p2`, '李秀英', null))]);
    }
    await store.append('case-c1', [
      newEvent({ type: 'MemberDetailsCorrected', data: { caseId: 'c1', personId: 'c1-p1', changes: { phone: '13900001111', name: '张建军' } } }),
      newEvent({ type: 'ContactAssigned', data: { caseId: 'c1', role: 'TOWNSHIP', name: '王芳', phone: null } }),
      newEvent({ type: 'CaseExited', data: { caseId: 'c1', exitReason: 'MOVED_AWAY', exitedOn: '2023-06-01' } }, { reason: '迁出' }),
    ]);
    await store.append('visit-v1', [newEvent({ type: 'VisitRecorded', data: VISIT_TO_TWO_FAMILIES })]);
    return (await store.append('case-c2', [newEvent(noted('c2', '走访'))])).position;
  }

  async function catchUpLive(position: number) {
    expect(await runner.waitForPosition(position, 5_000)).toBe(true);
  }

  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'careledger-rebuild-'));
    raw = openSqliteEventStore({ filename: path.join(dir, 'events.sqlite'), synchronous: 'NORMAL' });
    store = protectPersonalData(raw, new PersonalDataVault(raw.personalDataKeys, randomBytes(32)), careCasePersonalData);
    live = await openSqliteReadModels({ filename: path.join(dir, 'read-models.sqlite') });
    opened$.push(live);
    // The live runner batches differently (2 per batch) from the rebuild (pages of 1000).
    runner = new ProjectionRunner({ store, db: live, projections, now, batchSize: 2 });
    await runner.start();
  });
  afterEach(async () => {
    await runner.stop();
    await Promise.all(opened$.splice(0).map((db) => db.destroy()));
    await raw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('produces exactly what the live runner produced, reporting progress', async () => {
    await catchUpLive(await populate());
    const target = await fresh('rebuilt.sqlite');
    const progress: RebuildProgress[] = [];
    const result = await rebuildReadModels({ store, projections, target, now, pageSize: 5, onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ fromPosition: 0, toPosition: 14, events: 14 });
    expect(result.projections).toContainEqual({ name: 'case-summary', position: 14, skipped: 0, status: 'running', failedPosition: null, error: null });
    expect(result.projections).toContainEqual({ name: 'case-timeline', position: 14, skipped: 0, status: 'running', failedPosition: null, error: null });
    expect(progress.map((p) => p.position)).toEqual([5, 10, 14]);
    const comparison = await compareReadModels(live, target);
    const counts = comparison.tables.map((t) => [t.table, t.liveRows, t.rebuiltRows]);
    expect(counts).toEqual(expect.arrayContaining([
      ['case_contact', 1, 1],
      ['case_member', 6, 6],
      ['case_summary', 3, 3],
      ['case_timeline', 15, 15], // the visit is on both families' timelines
      ['projection_checkpoints', projections.length, projections.length],
    ]));
    expect(comparison.equal).toBe(true);
    // A subset compares only that projection's tables and checkpoint.
    const subset = await compareReadModels(live, target, ['case-timeline']);
    expect(subset.tables.map((t) => [t.table, t.liveRows])).toEqual([['case_timeline', 15], ['projection_checkpoints', 1]]);
  });

  it('reports a hand-altered, a deleted and an invented live row', async () => {
    await catchUpLive(await populate());
    const target = await fresh('rebuilt.sqlite');
    await rebuildReadModels({ store, projections, target, now });
    await live.updateTable('case_summary').set({ status: 'ACTIVE', village: '伪造村' }).where('case_id', '=', 'c1').execute();
    await live.deleteFrom('case_member').where('person_id', '=', 'c2-p2').execute();
    await live.insertInto('case_contact').values({ case_id: 'c3', role: 'VILLAGE', name: '假', phone: null }).execute();
    const comparison = await compareReadModels(live, target);
    expect(comparison.equal).toBe(false);
    const byTable = Object.fromEntries(comparison.tables.map((t) => [t.table, t.differences]));
    expect(byTable['case_summary']).toEqual([
      {
        kind: 'changed',
        key: { case_id: 'c1' },
        columns: [
          { column: 'status', live: 'ACTIVE', rebuilt: 'EXITED' },
          { column: 'village', live: '伪造村', rebuilt: '城南社区' },
        ],
      },
    ]);
    expect(byTable['case_member']).toEqual([{ kind: 'missing', key: { case_id: 'c2', person_id: 'c2-p2' } }]);
    expect(byTable['case_contact']).toEqual([{ kind: 'extra', key: { case_id: 'c3', role: 'VILLAGE' } }]);
    expect(byTable['case_timeline']).toEqual([]);
  });

  it('swaps only equal read models unless forced, in one transaction, and never past a moving live runner', async () => {
    await catchUpLive(await populate());
    const rebuiltFilename = path.join(dir, 'rebuilt.sqlite');
    const rebuilt = await fresh('rebuilt.sqlite');
    await rebuildReadModels({ store, projections, target: rebuilt, now });
    await expect(swapReadModels({ live, rebuilt, rebuiltFilename, projections: 'all' })).resolves.toMatchObject({ swapped: true });

    await live.updateTable('case_member').set({ name: '篡改' }).where('person_id', '=', 'c3-p1').execute();
    const refused = await swapReadModels({ live, rebuilt, rebuiltFilename, projections: ['case-summary'] });
    expect(refused).toMatchObject({ swapped: false, reason: 'different' });
    expect((await live.selectFrom('case_member').select('name').where('person_id', '=', 'c3-p1').executeTakeFirst())?.name).toBe('篡改');

    // New events the live runner applies, but the rebuild has not seen yet: no swap.
    await catchUpLive((await store.append('case-c3', [newEvent(noted('c3', '新'))])).position);
    await expect(swapReadModels({ live, rebuilt, rebuiltFilename, projections: ['case-summary'], force: true })).resolves.toMatchObject({
      swapped: false,
      reason: 'live_moved',
    });
    // Caught up, forced: the live table is repaired and the checkpoints keep their place.
    await rebuildReadModels({ store, projections, target: rebuilt, now });
    await expect(swapReadModels({ live, rebuilt, rebuiltFilename, projections: ['case-summary'], force: true })).resolves.toMatchObject({ swapped: true });
    expect((await live.selectFrom('case_member').select('name').where('person_id', '=', 'c3-p1').executeTakeFirst())?.name).toBe('张建国');
    expect((await compareReadModels(live, rebuilt)).equal).toBe(true);
    // The live runner goes on from the swapped checkpoint without applying anything twice.
    await catchUpLive((await store.append('case-c3', [newEvent(noted('c3', '再'))])).position);
    await rebuildReadModels({ store, projections, target: rebuilt, now });
    expect((await compareReadModels(live, rebuilt)).equal).toBe(true);
  });

  it('marks a projection failing on one event like the runner, and the others go on', async () => {
    const last = await populate();
    await catchUpLive(last);
    const poisonPosition = 8;
    const flaky: Projection = {
      ...caseTimelineProjection,
      async apply(trx, event) {
        if (event.position === poisonPosition) throw new Error('cannot handle this');
        return caseTimelineProjection.apply(trx, event);
      },
    };
    const target = await fresh('rebuilt.sqlite');
    const result = await rebuildReadModels({ store, projections: [caseSummaryProjection, flaky], target, now, pageSize: 100 });
    expect(result.projections).toEqual([
      expect.objectContaining({ name: 'case-summary', position: last, status: 'running' }),
      { name: 'case-timeline', position: poisonPosition - 1, skipped: 0, status: 'failed', failedPosition: poisonPosition, error: 'cannot handle this' },
    ]);
    const timeline = await target.selectFrom('case_timeline').select('position').orderBy('position').execute();
    expect(timeline.map((r) => Number(r.position))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect((await compareReadModels(live, target, ['case-summary'])).equal).toBe(true);
  });

  it('replayed without the keys, differs only in personal data, which the comparison can set aside', async () => {
    await catchUpLive(await populate());
    const keyless = protectPersonalData(raw, new PersonalDataVault(new InMemoryPersonalDataKeyStore(), randomBytes(32)), careCasePersonalData);
    const target = await fresh('keyless.sqlite');
    await rebuildReadModels({ store: keyless, projections, target, now });
    const strict = await compareReadModels(live, target);
    const member = strict.tables.find((t) => t.table === 'case_member')!;
    expect(member.differences).toContainEqual({
      kind: 'changed',
      key: { case_id: 'c1', person_id: 'c1-p1' },
      columns: [
        { column: 'id_number_masked', live: '4312**********031X', rebuilt: '[已删除]' },
        { column: 'phone_masked', live: '139****1111', rebuilt: null },
      ],
    });
    expect((await compareReadModels(live, target, undefined, { ignorePersonalData: true })).equal).toBe(true);
    const { rows } = await sql<{ data: string }>`SELECT data FROM case_timeline WHERE type = 'MemberRegistered'`.execute(target);
    expect(rows[0]?.data).not.toContain(PERSONAL_DATA_MARKER);
  });
});
