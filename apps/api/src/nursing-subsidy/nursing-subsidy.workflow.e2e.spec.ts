import { startTestApp, type TestApp } from '../testing/test-app';
import { application, COUNTY, mutate, openFamily, stay } from './testing/subsidy-test-kit';

/** The whole workflow over GraphQL: every command, the state, the allowed actions and the steps. */
describe('nursing subsidy workflow over GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('goes applied → returned → supplemented → approved ×2 → notice → sunshine → failed → reissued → paid → settled', async () => {
    const { caseId, head } = await openFamily(app, 1);
    const applied = await mutate(app, 'applyForSubsidy', { ...stay(caseId, head, '2023-03-01', '2023-03-21'), businessDate: '2023-03-25' });
    const id = applied.id;
    expect(applied.createdId).toBe(id);
    expect(await application(app, id, applied.position)).toMatchObject({
      status: 'applied',
      amountFen: 200000,
      personName: '张建国',
      township: 'CY',
      townshipName: '辰阳镇',
      diagnosisCategory: 'MALIGNANT_TUMOUR',
      appliedOn: '2023-03-25',
      admissionYear: 2023,
      noticeRequired: true,
      allowedActions: ['reviewSubsidyByTownship', 'withdrawSubsidyApplication'],
      computation: {
        rulesEffectiveFrom: '2020-01-01',
        dayCounting: 'DISCHARGE_MINUS_ADMISSION',
        dailyRateFen: 10000,
        daysCounted: 20,
        daysPayable: 20,
        amountFen: 200000,
        capsApplied: ['YEAR_DAYS_CAP'],
        years: [{ year: 2023, firstDay: '2023-03-01', lastDay: '2023-03-20', daysCounted: 20, daysPayable: 20, amountFen: 200000, capped: false }],
      },
    });

    const steps: [string, Record<string, unknown>, string, string[], string?][] = [
      ['reviewSubsidyByTownship', { decision: 'RETURNED', opinion: '缺少出院小结' }, 'returned', ['supplementSubsidyDocuments']],
      ['supplementSubsidyDocuments', { note: '已补交出院小结' }, 'supplemented', ['reviewSubsidyByTownship', 'supplementSubsidyDocuments']],
      ['reviewSubsidyByTownship', { decision: 'APPROVED' }, 'townshipApproved', ['reviewSubsidyByCounty']],
      ['reviewSubsidyByCounty', { decision: 'APPROVED', opinion: '同意' }, 'countyApproved', ['postSubsidyNotice'], COUNTY],
      ['postSubsidyNotice', { postedOn: '2023-04-10' }, 'noticePosted', ['closeSubsidyNotice', 'refuseSubsidyAfterNotice'], COUNTY],
      ['closeSubsidyNotice', { closedOn: '2023-04-17' }, 'noticeClosed', ['submitSubsidyToSunshine', 'issueSubsidyPayment', 'refuseSubsidyAfterNotice'], COUNTY],
      ['submitSubsidyToSunshine', { externalRef: 'YG-2023-0001', submittedOn: '2023-04-18' }, 'submitted', ['issueSubsidyPayment'], COUNTY],
      ['issueSubsidyPayment', { batchId: 'YKT-202304-01', period: '202304', amountFen: 200000, issuedOn: '2023-04-20' }, 'paymentIssued', ['confirmSubsidyPayment', 'recordSubsidyPaymentFailure'], COUNTY],
      ['recordSubsidyPaymentFailure', { reason: '账户已销户', failedOn: '2023-04-25' }, 'paymentFailed', ['reissueSubsidyPayment'], COUNTY],
      ['reissueSubsidyPayment', { batchId: 'YKT-202305-01', period: '202305', issuedOn: '2023-05-05' }, 'paymentIssued', ['confirmSubsidyPayment', 'recordSubsidyPaymentFailure'], COUNTY],
      ['confirmSubsidyPayment', { paidOn: '2023-05-08' }, 'paid', ['settleSubsidyReimbursement'], COUNTY],
      ['settleSubsidyReimbursement', { settledOn: '2023-05-20', voucherNo: 'PZ-2023-118' }, 'settled', [], COUNTY],
    ];
    let revision = 0;
    for (const [mutation, input, status, allowedActions, user] of steps) {
      const result = await mutate(app, mutation, { applicationId: id, ...input }, user);
      expect(result).toMatchObject({ id, revision: ++revision });
      expect(await application(app, id, result.position)).toMatchObject({ status, allowedActions, revision });
    }

    const done = await application(app, id);
    expect(done).toMatchObject({
      noticePostedOn: '2023-04-10',
      noticeClosesOn: '2023-04-17',
      noticeClosedOn: '2023-04-17',
      sunshineRef: 'YG-2023-0001',
      batchId: 'YKT-202305-01',
      period: '202305',
      issuedOn: '2023-05-05',
      paymentYear: 2023,
      paidOn: '2023-05-08',
      failureReason: '账户已销户',
      settledOn: '2023-05-20',
      voucherNo: 'PZ-2023-118',
      lastOpinion: '缺少出院小结',
    });
    expect(done.steps.map((s: Record<string, unknown>) => [s['kind'], s['outcome'], s['statusAfter'], s['actorName']])).toEqual([
      ['SubsidyApplied', null, 'applied', '刘芳'],
      ['TownshipReviewed', 'RETURNED', 'returned', '刘芳'],
      ['DocumentsSupplemented', null, 'supplemented', '刘芳'],
      ['TownshipReviewed', 'APPROVED', 'townshipApproved', '刘芳'],
      ['CountyReviewed', 'APPROVED', 'countyApproved', '王军'],
      ['NoticePosted', null, 'noticePosted', '王军'],
      ['NoticeClosed', null, 'noticeClosed', '王军'],
      ['SubmittedToSunshine', null, 'submitted', '王军'],
      ['PaymentIssued', null, 'paymentIssued', '王军'],
      ['PaymentFailed', 'FAILED', 'paymentFailed', '王军'],
      ['PaymentReissued', null, 'paymentIssued', '王军'],
      ['PaymentConfirmed', 'PAID', 'paid', '王军'],
      ['ReimbursementSettled', null, 'settled', '王军'],
    ]);
    expect(done.steps[1]).toMatchObject({ opinion: '缺少出院小结', actorId: 'caseworker-cy', actorRole: 'caseworker' });
    expect(done.steps[2]).toMatchObject({ note: '已补交出院小结' });
    expect(done.steps[5]).toMatchObject({ date: '2023-04-10', closesOn: '2023-04-17', businessDate: '2023-04-10' });
    expect(done.steps[7]).toMatchObject({ externalRef: 'YG-2023-0001', date: '2023-04-18' });
    expect(done.steps[8]).toMatchObject({ batchId: 'YKT-202304-01', period: '202304', amountFen: 200000 });
    expect(done.steps[9]).toMatchObject({ reason: '账户已销户', date: '2023-04-25' });
    expect(done.steps[10]).toMatchObject({ batchId: 'YKT-202305-01', period: '202305', amountFen: 200000 });
    expect(done.steps[12]).toMatchObject({ voucherNo: 'PZ-2023-118', date: '2023-05-20' });

    // The family's timeline shows every event of the application, also those that do not name the case.
    const timeline = (await app.gql(`query($id: ID!) { case(id: $id) { timeline { type streamId } subsidyApplications { id status } } }`, { id: caseId }))
      .data!['case'];
    const subsidyEvents = timeline.timeline.filter((e: { streamId: string }) => e.streamId === `subsidy-${id}`);
    expect(subsidyEvents.map((e: { type: string }) => e.type)).toEqual(done.steps.map((s: { kind: string }) => s.kind));
    expect(timeline.subsidyApplications).toEqual([{ id, status: 'settled' }]);
  });

  it('ends in rejected after the county says no, and in withdrawn before any review', async () => {
    const { caseId, head, spouse } = await openFamily(app, 2);
    const a = await mutate(app, 'applyForSubsidy', stay(caseId, head, '2023-05-01', '2023-05-11'));
    await mutate(app, 'reviewSubsidyByTownship', { applicationId: a.id, decision: 'APPROVED' });
    await mutate(app, 'reviewSubsidyByCounty', { applicationId: a.id, decision: 'REJECTED', opinion: '非重病大病住院' }, COUNTY);
    expect(await application(app, a.id)).toMatchObject({ status: 'rejected', allowedActions: [], lastOpinion: '非重病大病住院' });

    const b = await mutate(app, 'applyForSubsidy', stay(caseId, spouse, '2023-05-01', '2023-05-11'));
    await mutate(app, 'withdrawSubsidyApplication', { applicationId: b.id, reason: '家属申请撤回' });
    const withdrawn = await application(app, b.id);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', allowedActions: [], withdrawnReason: '家属申请撤回' });
    expect(withdrawn.steps.at(-1)).toMatchObject({ kind: 'ApplicationWithdrawn', reason: '家属申请撤回' });

    // A rejected or withdrawn stay no longer blocks the same stay: it can be applied for again.
    const again = await mutate(app, 'applyForSubsidy', stay(caseId, head, '2023-05-01', '2023-05-11'));
    expect((await application(app, again.id)).status).toBe('applied');
  });

  it('ends in rejected when objections to the notice hold (公示后不予发放), during the notice or after it', async () => {
    const { caseId, head, spouse } = await openFamily(app, 5);
    const noticed = async (personId: string) => {
      const { id } = await mutate(app, 'applyForSubsidy', stay(caseId, personId, '2023-06-01', '2023-06-11'));
      await mutate(app, 'reviewSubsidyByTownship', { applicationId: id, decision: 'APPROVED' });
      await mutate(app, 'reviewSubsidyByCounty', { applicationId: id, decision: 'APPROVED' }, COUNTY);
      await mutate(app, 'postSubsidyNotice', { applicationId: id, postedOn: '2023-06-20' }, COUNTY);
      return id;
    };

    const during = await noticed(head);
    expect((await application(app, during)).allowedActions).toEqual(['closeSubsidyNotice', 'refuseSubsidyAfterNotice']);
    const reason = '经核实，该户已不属于计生特殊家庭';
    const refused = await mutate(app, 'refuseSubsidyAfterNotice', { applicationId: during, refusedOn: '2023-06-23', reason: ` ${reason} ` }, COUNTY);
    expect(refused).toMatchObject({ id: during, revision: 4 });
    const a = await application(app, during, refused.position);
    expect(a).toMatchObject({ status: 'rejected', allowedActions: [], lastOpinion: reason, noticeClosedOn: '2023-06-23' });
    expect(a.steps.at(-1)).toMatchObject({
      kind: 'RefusedAfterNotice',
      outcome: 'REFUSED',
      statusAfter: 'rejected',
      date: '2023-06-23',
      businessDate: '2023-06-23',
      opinion: reason,
      actorName: '王军',
    });

    const after = await noticed(spouse);
    await mutate(app, 'closeSubsidyNotice', { applicationId: after, closedOn: '2023-06-27', objections: '村民反映住院天数不实' }, COUNTY);
    expect((await application(app, after)).allowedActions).toEqual(['submitSubsidyToSunshine', 'issueSubsidyPayment', 'refuseSubsidyAfterNotice']);
    await mutate(app, 'refuseSubsidyAfterNotice', { applicationId: after, refusedOn: '2023-07-03', reason: '住院天数不实' }, COUNTY);
    expect(await application(app, after)).toMatchObject({ status: 'rejected', lastOpinion: '住院天数不实', noticeClosedOn: '2023-06-27' });

    // Refused stays count for nothing: the same stay may be applied for again.
    const again = await mutate(app, 'applyForSubsidy', stay(caseId, head, '2023-06-01', '2023-06-11'));
    expect((await application(app, again.id)).status).toBe('applied');
  });

  it('splits a stay over 31 December by year, end to end, and applies each year its own cap', async () => {
    const { caseId, head } = await openFamily(app, 3);
    // 80 days already granted in 2023: only 10 more that year; 2024 starts afresh.
    await mutate(app, 'applyForSubsidy', stay(caseId, head, '2023-06-01', '2023-08-20'));
    const { id, position } = await mutate(app, 'applyForSubsidy', stay(caseId, head, '2023-12-10', '2024-01-10'));
    const a = await application(app, id, position);
    expect(a.computation).toMatchObject({
      daysCounted: 31,
      daysPayable: 19,
      amountFen: 190000,
      years: [
        { year: 2023, firstDay: '2023-12-10', lastDay: '2023-12-31', daysCounted: 22, daysPayable: 10, amountFen: 100000, capped: true },
        { year: 2024, firstDay: '2024-01-01', lastDay: '2024-01-09', daysCounted: 9, daysPayable: 9, amountFen: 90000, capped: false },
      ],
    });
    expect(a.computation.lines.map((l: { code: string }) => l.code)).toEqual([
      'RULES', 'DAYS_COUNTED', 'YEAR_SPLIT', 'YEAR_DAYS_CAP', 'YEAR_AMOUNT', 'YEAR_DAYS_CAP', 'YEAR_AMOUNT', 'TOTAL',
    ]);
    expect(a.computation.lines[3].zh).toContain('已补贴 80 天');
    expect(a.amountFen).toBe(190000);
  });

  it('lists applications with filters and cursor pages, and shows the rules in force', async () => {
    const { caseId, head, spouse } = await openFamily(app, 4);
    const a = await mutate(app, 'applyForSubsidy', stay(caseId, head, '2022-02-01', '2022-02-05'));
    const b = await mutate(app, 'applyForSubsidy', stay(caseId, spouse, '2023-02-01', '2023-02-05'));
    await mutate(app, 'reviewSubsidyByTownship', { applicationId: b.id, decision: 'APPROVED' });
    await mutate(app, 'reviewSubsidyByCounty', { applicationId: b.id, decision: 'APPROVED' }, COUNTY);
    await mutate(app, 'postSubsidyNotice', { applicationId: b.id, postedOn: '2023-03-01' }, COUNTY);
    await mutate(app, 'closeSubsidyNotice', { applicationId: b.id, closedOn: '2023-03-08', objections: '无' }, COUNTY);
    const last = await mutate(app, 'issueSubsidyPayment', { applicationId: b.id, batchId: 'YKT-LIST-1', period: '202303', amountFen: 40000, issuedOn: '2024-01-03' }, COUNTY);

    const LIST = `query($f: SubsidyApplicationFilter, $first: Int, $after: String, $min: SafeInt) {
      subsidyApplications(filter: $f, first: $first, after: $after, minPosition: $min) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const ids = async (f: Record<string, unknown>) =>
      ((await app.gql(LIST, { f: { caseId, ...f }, min: last.position })).data!['subsidyApplications'].edges as { node: { id: string } }[]).map((e) => e.node.id);
    expect(await ids({})).toEqual([b.id, a.id]);
    expect(await ids({ personId: head })).toEqual([a.id]);
    expect(await ids({ status: 'paymentIssued' })).toEqual([b.id]);
    expect(await ids({ township: 'CY' })).toEqual([b.id, a.id]);
    expect(await ids({ township: 'XP' })).toEqual([]);
    expect(await ids({ admissionYear: 2022 })).toEqual([a.id]);
    expect(await ids({ paymentYear: 2024 })).toEqual([b.id]);
    expect(await ids({ paymentYear: 2023 })).toEqual([]);
    expect(await ids({ batchId: 'YKT-LIST-1' })).toEqual([b.id]);

    const first = (await app.gql(LIST, { f: { caseId }, first: 1 })).data!['subsidyApplications'];
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = (await app.gql(LIST, { f: { caseId }, first: 1, after: first.pageInfo.endCursor })).data!['subsidyApplications'];
    expect(second.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a.id]);
    const badCursor = await app.gql(LIST, { f: { caseId }, after: 'nonsense' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'after' } });

    const rules = (await app.gql(`{ subsidyRules { effectiveFrom effectiveUntil inForce dailyRateFen dayCounting capPerPersonPerYearDays capPerStayDays noticeRequired noticeDays eligibleGrades } }`)).data!['subsidyRules'];
    expect(rules).toEqual([
      {
        effectiveFrom: '2020-01-01', effectiveUntil: null, inForce: true, dailyRateFen: 10000, dayCounting: 'DISCHARGE_MINUS_ADMISSION',
        capPerPersonPerYearDays: 90, capPerStayDays: null, noticeRequired: true, noticeDays: 7,
        eligibleGrades: ['LEVEL_3A', 'LEVEL_3B', 'LEVEL_2A', 'LEVEL_2B', 'LEVEL_1'],
      },
    ]);
  });
});
