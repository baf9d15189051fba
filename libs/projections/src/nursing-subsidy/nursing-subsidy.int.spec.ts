import {
  EXAMPLE_SUBSIDY_RULES,
  nursingSubsidyDecider,
  type NursingSubsidyCommand,
  type NursingSubsidyEvent,
} from '@careledger/domain-nursing-subsidy';
import type { EventStore } from '@careledger/event-store';
import type { Kysely } from 'kysely';
import { caseSummaryProjection } from '../case-summary/case-summary.projection';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import type { ProjectionRunner } from '../runner/projection-runner';
import { openProjectionTestbed, type ProjectionTestbed } from '../testing/projection-testbed';
import { newEvent, opened, registered } from '../testing/case-events.fixture';
import { nursingSubsidyProjection } from './nursing-subsidy.projection';
import {
  getLiveSubsidyApplicationsOfPerson,
  getSubsidyApplication,
  getSubsidySteps,
  listSubsidyApplications,
  listSubsidyApplicationsOfCase,
} from './nursing-subsidy.queries';

const projections = [caseSummaryProjection, nursingSubsidyProjection];

/** Events as the decider makes them: each command decided against the stream's history so far. */
function decideAll(commands: readonly NursingSubsidyCommand[]): NursingSubsidyEvent[] {
  const events: NursingSubsidyEvent[] = [];
  for (const command of commands) {
    const state = events.reduce(nursingSubsidyDecider.evolve, nursingSubsidyDecider.initialState());
    events.push(...nursingSubsidyDecider.decide(command, state));
  }
  return events;
}

const apply = (applicationId: string, personId: string, admittedOn: string, dischargedOn: string): NursingSubsidyCommand => ({
  type: 'ApplyForSubsidy',
  data: {
    applicationId,
    caseId: 'c1',
    personId,
    hospitalName: '辰溪县人民医院',
    hospitalGrade: 'LEVEL_2A',
    diagnosisCategory: 'MALIGNANT_TUMOUR',
    admittedOn,
    dischargedOn,
    ruleSets: [EXAMPLE_SUBSIDY_RULES],
    otherStaysOfPerson: [],
    daysAlreadyPaidByYear: {},
    fenAlreadyPaidByYear: {},
  },
});

describe('nursing-subsidy projection (real SQLite)', () => {
  let bed: ProjectionTestbed;
  let store: EventStore;
  let db: Kysely<ReadModelDatabase>;
  let runner: ProjectionRunner;
  beforeEach(async () => {
    bed = await openProjectionTestbed('subsidy', { projections: projections, batchSize: 3 });
    ({ store, db, runner } = bed);
  });
  afterEach(async () => {
    await bed.close();
  });

  async function populate(): Promise<number> {
    await store.append('case-c1', [newEvent(opened('c1', { township: 'XP' })), newEvent(registered('c1', 'p1', '张建国')), newEvent(registered('c1', 'p2', '李秀英', null))]);
    const a = 'sub-a';
    const paid = decideAll([
      apply(a, 'p1', '2023-12-20', '2024-01-10'),
      { type: 'ReviewByTownship', data: { applicationId: a, decision: 'RETURNED', opinion: '缺少发票' } },
      { type: 'SupplementDocuments', data: { applicationId: a, note: '已补交' } },
      { type: 'ReviewByTownship', data: { applicationId: a, decision: 'APPROVED', opinion: '' } },
      { type: 'ReviewByCounty', data: { applicationId: a, decision: 'APPROVED', opinion: '' } },
      { type: 'PostNotice', data: { applicationId: a, postedOn: '2024-01-20' } },
      { type: 'CloseNotice', data: { applicationId: a, closedOn: '2024-01-27', objections: null } },
      { type: 'SubmitToSunshine', data: { applicationId: a, externalRef: 'YG-9', submittedOn: '2024-01-28' } },
      { type: 'IssuePayment', data: { applicationId: a, batchId: 'B1', period: '202402', amountFen: 210000, issuedOn: '2024-02-01' } },
      { type: 'RecordPaymentFailure', data: { applicationId: a, reason: '卡号错误', failedOn: '2024-02-05' } },
      { type: 'ReissuePayment', data: { applicationId: a, batchId: 'B2', period: '202403', issuedOn: '2024-03-01' } },
      { type: 'ConfirmPayment', data: { applicationId: a, paidOn: '2024-03-03' } },
    ]);
    // One event per append for the first few, so batches cut through the workflow.
    for (const event of paid) await store.append(`subsidy-${a}`, [newEvent(event, { businessDate: '2024-01-05' })]);
    await store.append('subsidy-sub-b', decideAll([apply('sub-b', 'p2', '2023-05-01', '2023-05-11')]).map((e) => newEvent(e)));
    const withdrawn = decideAll([apply('sub-c', 'p1', '2023-06-01', '2023-06-05'), { type: 'WithdrawApplication', data: { applicationId: 'sub-c', reason: '撤回' } }]);
    return (await store.append('subsidy-sub-c', withdrawn.map((e) => newEvent(e)))).position;
  }

  it('keeps each application current and its steps in order, without the diagnosis', async () => {
    expect(await runner.waitForPosition(await populate(), 5_000)).toBe(true);
    expect(await getSubsidyApplication(db, 'sub-a')).toMatchObject({
      case_id: 'c1',
      person_id: 'p1',
      person_name: '张建国',
      township: 'XP',
      status: 'paid',
      admission_year: 2023,
      amount_fen: 210000,
      applied_on: '2024-01-05',
      notice_closes_on: '2024-01-27',
      sunshine_ref: 'YG-9',
      batch_id: 'B2',
      period: '202403',
      issued_on: '2024-03-01',
      payment_year: 2024,
      failure_reason: '卡号错误',
      paid_on: '2024-03-03',
      last_opinion: '缺少发票',
      revision: 11,
    });
    const steps = await getSubsidySteps(db, 'sub-a');
    expect(steps.map((s) => [s.kind, s.outcome, s.status_after, s.step_date])).toEqual([
      ['SubsidyApplied', null, 'applied', null],
      ['TownshipReviewed', 'RETURNED', 'returned', null],
      ['DocumentsSupplemented', null, 'supplemented', null],
      ['TownshipReviewed', 'APPROVED', 'townshipApproved', null],
      ['CountyReviewed', 'APPROVED', 'countyApproved', null],
      ['NoticePosted', null, 'noticePosted', '2024-01-20'],
      ['NoticeClosed', null, 'noticeClosed', '2024-01-27'],
      ['SubmittedToSunshine', null, 'submitted', '2024-01-28'],
      ['PaymentIssued', null, 'paymentIssued', '2024-02-01'],
      ['PaymentFailed', 'FAILED', 'paymentFailed', '2024-02-05'],
      ['PaymentReissued', null, 'paymentIssued', '2024-03-01'],
      ['PaymentConfirmed', 'PAID', 'paid', '2024-03-03'],
    ]);
    const computation = JSON.parse((await getSubsidyApplication(db, 'sub-a'))!.computation);
    expect(computation.years.map((y: { year: number; daysPayable: number }) => [y.year, y.daysPayable])).toEqual([[2023, 12], [2024, 9]]);
    const everything = JSON.stringify([await db.selectFrom('subsidy_application').selectAll().execute(), await db.selectFrom('subsidy_step').selectAll().execute()]);
    expect(everything).not.toContain('MALIGNANT_TUMOUR');
  });

  it('filters the list and finds the live stays of a person', async () => {
    expect(await runner.waitForPosition(await populate(), 5_000)).toBe(true);
    const ids = async (filter: Parameters<typeof listSubsidyApplications>[1]) =>
      (await listSubsidyApplications(db, filter, { first: 10 })).rows.map((r) => r.application_id);
    expect(await ids({})).toEqual(['sub-a', 'sub-c', 'sub-b']);
    expect(await ids({ township: 'XP', admissionYear: 2023 })).toEqual(['sub-a', 'sub-c', 'sub-b']);
    expect(await ids({ paymentYear: 2024 })).toEqual(['sub-a']);
    expect(await ids({ batchId: 'B1' })).toEqual(['sub-a']);
    expect(await ids({ status: 'withdrawn' })).toEqual(['sub-c']);
    expect(await ids({ personId: 'p2' })).toEqual(['sub-b']);
    expect((await listSubsidyApplicationsOfCase(db, 'c1')).map((r) => r.application_id)).toEqual(['sub-a', 'sub-c', 'sub-b']);
    expect((await getLiveSubsidyApplicationsOfPerson(db, 'p1')).map((r) => r.application_id)).toEqual(['sub-a']);
  });

  it('ends an application refused after its notice as rejected, no longer live for its person', async () => {
    await store.append('case-c1', [newEvent(opened('c1', { township: 'XP' })), newEvent(registered('c1', 'p1', '张建国'))]);
    const noticed = (id: string, admittedOn: string, dischargedOn: string): NursingSubsidyCommand[] => [
      apply(id, 'p1', admittedOn, dischargedOn),
      { type: 'ReviewByTownship', data: { applicationId: id, decision: 'APPROVED', opinion: '' } },
      { type: 'ReviewByCounty', data: { applicationId: id, decision: 'APPROVED', opinion: '' } },
      { type: 'PostNotice', data: { applicationId: id, postedOn: '2023-07-03' } },
    ];
    const refuse = (id: string, refusedOn: string): NursingSubsidyCommand => ({
      type: 'RefuseAfterNotice',
      data: { applicationId: id, refusedOn, reason: '异议属实：同期已享受单位护理费报销' },
    });
    // d: refused while the notice hung (the refusal takes it down); e: refused once it had closed.
    await store.append('subsidy-sub-d', decideAll([...noticed('sub-d', '2023-06-01', '2023-06-05'), refuse('sub-d', '2023-07-06')]).map((e) => newEvent(e)));
    const e = decideAll([
      ...noticed('sub-e', '2023-06-10', '2023-06-15'),
      { type: 'CloseNotice', data: { applicationId: 'sub-e', closedOn: '2023-07-10', objections: '邻居反映住院天数不实' } },
      refuse('sub-e', '2023-07-12'),
    ]);
    const { position } = await store.append('subsidy-sub-e', e.map((event) => newEvent(event)));
    expect(await runner.waitForPosition(position, 5_000)).toBe(true);

    const opinion = '异议属实：同期已享受单位护理费报销';
    expect(await getSubsidyApplication(db, 'sub-d')).toMatchObject({ status: 'rejected', last_opinion: opinion, notice_closed_on: '2023-07-06' });
    expect(await getSubsidyApplication(db, 'sub-e')).toMatchObject({ status: 'rejected', last_opinion: opinion, notice_closed_on: '2023-07-10' });
    expect((await getSubsidySteps(db, 'sub-e')).at(-1)).toMatchObject({
      kind: 'RefusedAfterNotice', outcome: 'REFUSED', status_after: 'rejected', step_date: '2023-07-12', opinion, reason: null,
    });
    expect(await getLiveSubsidyApplicationsOfPerson(db, 'p1')).toEqual([]);
  });

  it('is rebuilt from the log exactly as the live runner built it', async () => {
    const position = await populate();
    expect(await runner.waitForPosition(position, 5_000)).toBe(true);
    const comparison = await bed.rebuildAndCompare(['nursing-subsidy'], { pageSize: 4 });
    expect(comparison.tables.map((t) => [t.table, t.liveRows, t.rebuiltRows])).toEqual([
      ['subsidy_application', 3, 3],
      ['subsidy_step', 15, 15],
      ['projection_checkpoints', 1, 1],
    ]);
    expect(comparison.equal).toBe(true);
  });
});
