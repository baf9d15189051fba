import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CareCaseEvent } from '@careledger/domain-care-case';
import type { EventStore } from '@careledger/event-store';
import { openSqliteEventStore } from '@careledger/event-store-sqlite';
import type { Kysely } from 'kysely';
import { caseSummaryProjection } from '../case-summary/case-summary.projection';
import { getCaseContacts, getCaseMembers, getCaseSummary } from '../case-summary/case-summary.queries';
import { caseTimelineProjection } from '../case-timeline/case-timeline.projection';
import { getCaseTimeline } from '../case-timeline/case-timeline.queries';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { openSqliteReadModels } from '../read-model/sqlite-read-models';
import { ProjectionRunner } from '../runner/projection-runner';
import { newEvent, noted, opened, registered } from '../testing/case-events.fixture';
import { caseAsOf } from './case-as-of';
import { foldCaseView } from './case-view.fold';

/**
 * The fold mirrors the live projections rule for rule. Here both see the same events in a real
 * store, and "as of now" must be exactly what the read models serve.
 */
describe('time travel at "now" equals the live read models (real SQLite)', () => {
  let dir: string;
  let store: EventStore;
  let db: Kysely<ReadModelDatabase>;
  let runner: ProjectionRunner;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'careledger-as-of-'));
    store = openSqliteEventStore({ filename: path.join(dir, 'events.sqlite') });
    db = await openSqliteReadModels({ filename: path.join(dir, 'read-models.sqlite') });
    runner = new ProjectionRunner({ store, db, projections: [caseSummaryProjection, caseTimelineProjection], now: () => '2024-01-01T00:00:00.000Z' });
  });
  afterEach(async () => {
    await runner.stop();
    await db.destroy();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const event = (e: CareCaseEvent | { type: string; data: Record<string, unknown> }, reason: string | null = null) => newEvent(e, { reason });

  it('agrees on summary, members, contacts and timeline after every kind of care-case event', async () => {
    const child = { ...registered('case-a', 'p2', '张小军', '431223199007160556'), data: { ...registered('case-a', 'p2', '张小军').data, relation: 'CHILD', phone: null } } as CareCaseEvent;
    await store.append('case-a', [
      event(opened('case-a', { category: 'DISABLED_CHILD', village: '城南社区', address: '3组12号' })),
      event(registered('case-a', 'p1', '张建国')),
      event(child),
      event({ type: 'MemberDetailsCorrected', data: { caseId: 'case-a', personId: 'p1', changes: { phone: null, name: '张建国' } } }, '号码停用'),
      event({ type: 'MemberDetailsCorrected', data: { caseId: 'case-a', personId: 'p2', changes: { idNumber: null, idNumberTail: '0556' } } }, '删除'),
      event({ type: 'ContactAssigned', data: { caseId: 'case-a', role: 'TOWNSHIP', name: '李梅', phone: '0745-5221234' } }),
      event({ type: 'ContactAssigned', data: { caseId: 'case-a', role: 'VILLAGE', name: '王强', phone: null } }),
      event({ type: 'ContactAssigned', data: { caseId: 'case-a', role: 'TOWNSHIP', name: '刘芳', phone: '0745-5220000' } }),
      event({ type: 'MemberDied', data: { caseId: 'case-a', personId: 'p2', diedOn: '2023-08-10' } }),
      event({ type: 'CategoryChanged', data: { caseId: 'case-a', from: 'DISABLED_CHILD', to: 'BEREAVED' } }, '独子去世'),
      event(noted('case-a', '慰问')),
      event({ type: 'CaseExited', data: { caseId: 'case-a', exitReason: 'MOVED_AWAY', exitedOn: '2023-09-01' } }, '迁出'),
      event({ type: 'CaseReopened', data: { caseId: 'case-a', reopenedOn: '2023-12-01' } }, '迁回'),
      // A type the projections do not know: skipped by the summary, still on the timeline.
      event({ type: 'SomethingNew', data: { caseId: 'case-a' } }),
    ]);
    await store.append('case-b', [event(opened('case-b')), event({ type: 'CaseExited', data: { caseId: 'case-b', exitReason: 'DEATH', exitedOn: '2023-05-01' } }, '户主去世')]);
    await runner.start();
    expect(await runner.waitForPosition(16, 5_000)).toBe(true);

    for (const caseId of ['case-a', 'case-b']) {
      const events = await store.readStream(caseId);
      const live = {
        summary: await getCaseSummary(db, caseId),
        members: await getCaseMembers(db, caseId),
        contacts: await getCaseContacts(db, caseId),
        timeline: (await getCaseTimeline(db, caseId)).map(({ id: _id, ...row }) => row),
      };
      expect(foldCaseView(caseId, events)).toEqual(live);
      expect(caseAsOf(caseId, events, { recordedAt: '2100-01-01T00:00:00.000Z' })).toEqual(live);
      expect(caseAsOf(caseId, events, { businessDate: '2100-01-01' })).toEqual(live);
    }
    // The comparison above covered something: the states below are what the events say.
    const a = foldCaseView('case-a', await store.readStream('case-a'))!;
    expect(a.summary).toMatchObject({ status: 'ACTIVE', category: 'BEREAVED', revision: 12, member_count: 2, head_name: '张建国' });
    expect(a.members.map((m) => [m.phone_masked, m.id_number_masked, m.deceased])).toEqual([
      [null, '4312**********031X', 0],
      [null, '[已删除]', 1],
    ]);
    expect(a.contacts.map((c) => c.name)).toEqual(['王强', '刘芳']);
    expect(a.timeline).toHaveLength(14);
  });
});
