import type { EventStore } from '@careledger/event-store';
import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import type { ProjectionRunner } from '../runner/projection-runner';
import { openProjectionTestbed, type ProjectionTestbed } from '../testing/projection-testbed';
import { newEvent } from '../testing/case-events.fixture';
import { activitiesProjection } from './activities.projection';
import { getActivity, getVisit, listActivities, listVisits } from './visits.queries';
import { visitsProjection } from './visits.projection';

const recorded = {
  type: 'VisitRecorded',
  data: {
    visitId: 'v1',
    visitType: 'HOME',
    visitedOn: '2023-04-11',
    township: 'CY',
    visitors: ['刘芳'],
    caseIds: ['c1'],
    personsReached: [{ caseId: 'c1', personId: 'p1' }],
    needsFound: ['无人陪护'],
    followUp: { action: '回访', dueOn: '2023-04-20' },
    cashAidFen: 80_000,
    fundId: '2023-care-action',
    goods: [{ description: '米', quantity: 2, valueFen: 6_000 }],
  },
};

describe('visits read models (real SQLite)', () => {
  let bed: ProjectionTestbed;
  let store: EventStore;
  let db: Kysely<ReadModelDatabase>;
  let runner: ProjectionRunner;
  beforeEach(async () => {
    bed = await openProjectionTestbed('visits', { projections: [visitsProjection, activitiesProjection] });
    ({ store, db, runner } = bed);
  });
  afterEach(async () => {
    await bed.close();
  });

  const project = async (streamId: string, ...events: { type: string; data: Record<string, unknown> }[]) => {
    const { position } = await store.append(streamId, events.map((e) => newEvent(e)));
    if (!(await runner.waitForPosition(position, 5_000))) throw new Error('projection did not catch up');
  };

  it('merges an amendment into the visit row, moves its case rows, and keeps a voided visit with its reason', async () => {
    await project('visit-v1', recorded);
    expect(await getVisit(db, 'v1')).toMatchObject({ persons_count: 1, goods_value_fen: 6_000, follow_up_due_on: '2023-04-20', status: 'RECORDED' });
    await project('visit-v1', {
      type: 'VisitAmended',
      data: { visitId: 'v1', caseIds: ['c2'], reason: '登记错户', changes: { caseIds: ['c2'], personsReached: [], followUp: null, cashAidFen: 100_000 } },
    });
    const amended = await getVisit(db, 'v1');
    expect(amended).toMatchObject({ case_ids: '["c2"]', persons_count: 0, follow_up_action: null, cash_aid_fen: 100_000, amendment_count: 1, revision: 1, visit_type: 'HOME' });
    expect((await listVisits(db, { caseId: 'c1' }, { first: 10 })).totalCount).toBe(0);
    expect((await listVisits(db, { caseId: 'c2' }, { first: 10 })).totalCount).toBe(1);

    await project('visit-v1', { type: 'VisitVoided', data: { visitId: 'v1', caseIds: ['c2'], reason: '重复登记', cashAidFen: 100_000, fundId: '2023-care-action' } });
    expect(await getVisit(db, 'v1')).toMatchObject({ status: 'VOIDED', void_reason: '重复登记', revision: 2 });
    expect((await listVisits(db, {}, { first: 10 })).totalCount).toBe(0);
    expect((await listVisits(db, { includeVoided: true }, { first: 10 })).totalCount).toBe(1);
  });

  it('keeps an activity’s attendance as corrected, with its families', async () => {
    const a = (personId: string, caseId = 'c1') => ({ caseId, personId });
    await project('activity-a1', {
      type: 'ActivityHeld',
      data: { activityId: 'a1', caseIds: ['c1', 'c2'], venueKind: 'WARM_HEART_HOME', venueName: '暖心家园', heldOn: '2023-05-29', topic: '慰问', township: null, attendees: [a('p1'), a('p2'), a('p3', 'c2')], cashAidFen: 0, fundId: null },
    });
    await project('activity-a1', { type: 'AttendanceCorrected', data: { activityId: 'a1', added: [a('p4')], removed: [a('p3', 'c2')], reason: '核对', caseIds: ['c1'] } });
    expect(await getActivity(db, 'a1')).toMatchObject({ attendee_count: 3, case_count: 1, correction_count: 1, revision: 1 });
    expect(JSON.parse((await getActivity(db, 'a1'))!.attendees)).toEqual([a('p1'), a('p2'), a('p4')]);
    expect((await listActivities(db, { caseId: 'c2' }, { first: 10 })).totalCount).toBe(0);
    expect((await listActivities(db, { venueKind: 'WARM_HEART_HOME', from: '2023-05-01', to: '2023-05-31' }, { first: 10 })).totalCount).toBe(1);
  });
});
