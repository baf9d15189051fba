import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CareCaseEvent } from '@careledger/domain-care-case';
import type { EventStore } from '@careledger/event-store';
import { openSqliteEventStore } from '@careledger/event-store-sqlite';
import type { Kysely } from 'kysely';
import { foldCaseView } from '../case-as-of/case-view.fold';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { openSqliteReadModels } from '../read-model/sqlite-read-models';
import { ProjectionRunner } from '../runner/projection-runner';
import { newEvent, noted, opened, registered } from '../testing/case-events.fixture';
import { caseSummaryProjection } from './case-summary.projection';
import { getCaseMembers, getCaseSummary } from './case-summary.queries';

const member = (personId: string, name: string, relation: string): CareCaseEvent =>
  ({ ...registered('case-a', personId, name), data: { ...registered('case-a', personId, name).data, relation } }) as CareCaseEvent;
const corrected = (personId: string, changes: Record<string, unknown>) =>
  ({ type: 'MemberDetailsCorrected', data: { caseId: 'case-a', personId, changes } }) as CareCaseEvent;

/**
 * Head of household, member count and search text are recomputed only when a member is
 * registered or a name or relation corrected; every other event only stamps the case row. These
 * pin that down against the rule itself (and the time-travel fold, written independently).
 */
describe('case-summary projection (real SQLite)', () => {
  let dir: string;
  let store: EventStore;
  let db: Kysely<ReadModelDatabase>;
  let runner: ProjectionRunner;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'careledger-case-summary-'));
    store = openSqliteEventStore({ filename: path.join(dir, 'events.sqlite'), synchronous: 'NORMAL' });
    db = await openSqliteReadModels({ filename: path.join(dir, 'read-models.sqlite') });
    runner = new ProjectionRunner({ store, db, projections: [caseSummaryProjection], now: () => '2024-01-01T00:00:00.000Z' });
  });
  afterEach(async () => {
    await runner.stop();
    await db.destroy();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const project = async (...events: CareCaseEvent[]) => {
    const { position } = await store.append('case-a', events.map((e) => newEvent(e)));
    if (!(await runner.waitForPosition(position, 5_000))) throw new Error('projection did not catch up');
    return getCaseSummary(db, 'case-a');
  };

  it('follows the members: first HEAD else first member, names in order, lower-cased search text', async () => {
    await runner.start();
    expect(await project(opened('case-a', { village: 'Dongjie 社区', address: '3组12号' }))).toMatchObject({
      head_name: null,
      member_count: 0,
      search_text: 'dongjie 社区 3组12号',
      revision: 0,
    });
    expect(await project(member('p1', '李秀英', 'SPOUSE'), member('p2', 'ZHANG Wei', 'CHILD'))).toMatchObject({
      head_name: '李秀英',
      member_count: 2,
      search_text: '李秀英 zhang wei dongjie 社区 3组12号',
    });
    expect(await project(corrected('p2', { relation: 'HEAD' }))).toMatchObject({ head_name: 'ZHANG Wei', revision: 3 });
    expect(await project(corrected('p2', { name: '张伟' }))).toMatchObject({ head_name: '张伟', search_text: '李秀英 张伟 dongjie 社区 3组12号' });
    expect((await getCaseMembers(db, 'case-a')).map((m) => [m.ordinal, m.name, m.relation])).toEqual([
      [0, '李秀英', 'SPOUSE'],
      [1, '张伟', 'HEAD'],
    ]);
  });

  it('stamps the case row on every other event and leaves the derived fields as they are', async () => {
    await runner.start();
    const before = await project(opened('case-a'), member('p1', '张建国', 'HEAD'));
    const after = await project(
      corrected('p1', { phone: null, idNumber: null }),
      { type: 'MemberDied', data: { caseId: 'case-a', personId: 'p1', diedOn: '2023-08-10' } },
      { type: 'ContactAssigned', data: { caseId: 'case-a', role: 'VILLAGE', name: '王强', phone: null } },
      noted('case-a', '慰问'),
    );
    expect(after).toMatchObject({ head_name: before?.head_name, member_count: 1, search_text: before?.search_text, revision: 5 });
    expect((after?.last_recorded_at ?? '') > (before?.last_recorded_at ?? '')).toBe(true);
    expect(foldCaseView('case-a', await store.readStream('case-a'))?.summary).toEqual(after);
  });

  it('fails at an event for a case whose file was never opened, as it always has, writing nothing', async () => {
    await store.append('case-a', [newEvent({ type: 'ContactAssigned', data: { caseId: 'case-a', role: 'VILLAGE', name: '王强', phone: null } })]);
    const failed = new Promise<void>((resolve) => {
      runner = new ProjectionRunner({ store, db, projections: [caseSummaryProjection], now: () => '2024-01-01T00:00:00.000Z', onError: () => resolve() });
    });
    await runner.start();
    await failed;
    const [status] = await runner.status();
    expect(status).toMatchObject({ name: 'case-summary', status: 'failed', failedPosition: 1 });
    expect(status?.error).toMatch(/case-a/);
    await expect(db.selectFrom('case_contact').selectAll().execute()).resolves.toEqual([]);
  });
});
