import { foldReportFacts } from './report-facts.fold';
import { aggregateReport, reportTownships, reportYears } from './report.aggregate';
import { caseOpened, logOf, subsidyApplied } from './report.fixture';

type Entry = readonly [string, string, Record<string, unknown>];
const factsOf = (entries: readonly Entry[]) => foldReportFacts(new Map(), logOf(entries));
const p = (o: Record<string, unknown>) => o;

describe('aggregateReport: nursing subsidy', () => {
  const pay = (id: string, issuedOn: string, amountFen: number): Entry => [`subsidy-${id}`, 'PaymentIssued', p({ applicationId: id, batchId: `b-${id}`, period: '202304', amountFen, issuedOn })];
  const entries: Entry[] = [
    caseOpened('c1', 'CY'),
    caseOpened('c2', 'XP'),
    // a: failed, then reissued in 2023 → counted once with the reissue's date; paid and settled; via sunshine.
    ...subsidyApplied('a', 'c1', 'p1', 100_000),
    ['subsidy-a', 'SubmittedToSunshine', p({ applicationId: 'a', externalRef: 'YG-1', submittedOn: '2022-12-20' })],
    pay('a', '2022-12-28', 100_000),
    ['subsidy-a', 'PaymentFailed', p({ applicationId: 'a', reason: '销户', failedOn: '2022-12-30' })],
    ['subsidy-a', 'PaymentReissued', p({ applicationId: 'a', batchId: 'b-a2', period: '202301', issuedOn: '2023-01-05' })],
    ['subsidy-a', 'PaymentConfirmed', p({ applicationId: 'a', paidOn: '2023-01-08' })],
    ['subsidy-a', 'ReimbursementSettled', p({ applicationId: 'a', settledOn: '2023-02-01', voucherNo: 'PZ-1' })],
    // b: issued 2023 in XP, not settled.
    ...subsidyApplied('b', 'c2', 'p2', 30_000),
    pay('b', '2023-06-01', 30_000),
    // c: issued 2023 then failed, not reissued → not counted.
    ...subsidyApplied('c', 'c1', 'p3', 50_000),
    pay('c', '2023-07-01', 50_000),
    ['subsidy-c', 'PaymentFailed', p({ applicationId: 'c', reason: '卡号错误', failedOn: '2023-07-03' })],
    // d: issued 2024 → not in 2023.
    ...subsidyApplied('d', 'c1', 'p1', 70_000),
    pay('d', '2024-01-02', 70_000),
  ];
  const facts = factsOf(entries);

  it('counts each application whose current payment was issued in the year, once', () => {
    const { figures, contributions } = aggregateReport(facts, 2023, null);
    expect(figures).toMatchObject({
      'nursingSubsidy.personTimes': 2,
      'nursingSubsidy.issuedFen': 130_000,
      'nursingSubsidy.paidOutFen': 100_000,
      'nursingSubsidy.awaitingReimbursementFen': 30_000,
      'nursingSubsidy.viaSunshineFen': 100_000,
    });
    expect(contributions['nursingSubsidy.issuedFen']!.map((s) => [s.recordId, s.amountFen, s.caseIds])).toEqual([
      ['a', 100_000, ['c1']],
      ['b', 30_000, ['c2']],
    ]);
    expect(contributions['nursingSubsidy.awaitingReimbursementFen']!.map((s) => s.recordId)).toEqual(['b']);
    // Positions: every event of the application's stream.
    expect(contributions['nursingSubsidy.paidOutFen']![0]!.positions).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(aggregateReport(facts, 2024, null).figures['nursingSubsidy.issuedFen']).toBe(70_000);
    expect(aggregateReport(facts, 2022, null).figures['nursingSubsidy.personTimes']).toBe(0);
  });

  it("takes a township's applications by their case's township; the townships add up to the county", () => {
    expect(aggregateReport(facts, 2023, 'CY').figures).toMatchObject({ 'nursingSubsidy.personTimes': 1, 'nursingSubsidy.issuedFen': 100_000 });
    expect(aggregateReport(facts, 2023, 'XP').figures).toMatchObject({ 'nursingSubsidy.personTimes': 1, 'nursingSubsidy.issuedFen': 30_000 });
    expect(aggregateReport(facts, 2023, 'CY').figures['budget.incomeFen']).toBeUndefined();
    expect(reportTownships(facts)).toEqual(['CY', 'XP']);
  });
});

describe('aggregateReport: a subsidy refused after its notice (公示后不予发放)', () => {
  const r = (type: string, data: Record<string, unknown>): Entry => ['subsidy-r', type, p({ applicationId: 'r', ...data })];
  const facts = factsOf([
    caseOpened('c1', 'CY'),
    ...subsidyApplied('r', 'c1', 'p1', 80_000),
    r('NoticePosted', { postedOn: '2023-04-10', closesOn: '2023-04-17' }),
    r('NoticeClosed', { closedOn: '2023-04-17', objections: '村民反映该户已享受同类补贴' }),
    r('RefusedAfterNotice', { refusedOn: '2023-04-20', reason: '异议属实，不予发放' }),
    // A payment after it (which the decider refuses) must not revive it: the refusal ended it.
    r('PaymentIssued', { batchId: 'b-r', period: '202304', amountFen: 80_000, issuedOn: '2023-04-25' }),
  ]);

  it('folds the refusal into an ended, rejected application that no figure counts', () => {
    const fact = facts.get('subsidy-r');
    expect(fact).toMatchObject({ kind: 'SUBSIDY', data: { status: 'rejected', refusedOn: '2023-04-20' } });
    // The drill-down reaches the refusal (position 7) among the application's events.
    expect(fact?.positions).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const { figures, contributions } = aggregateReport(facts, 2023, null);
    expect(figures).toMatchObject({ 'nursingSubsidy.personTimes': 0, 'nursingSubsidy.issuedFen': 0, 'nursingSubsidy.awaitingReimbursementFen': 0 });
    expect(contributions['nursingSubsidy.issuedFen']).toEqual([]);
  });
});

describe('aggregateReport: insurance', () => {
  const enrol = (personId: string, caseId: string): Entry => ['policy-2023', 'MemberEnrolled', p({ year: 2023, caseId, personId, enrolledOn: '2022-12-28', coverageFrom: '2023-01-01' })];
  const claim = (id: string, personId: string, ...rest: Entry[]): Entry[] => [
    [`claim-${id}`, 'ClaimReported', p({ claimId: id, policyYear: 2023, caseId: personId === 'p3' ? 'c2' : 'c1', personId, eventType: 'HOSPITALISATION', eventOn: '2023-05-01', reportedOn: '2023-05-02', description: null })],
    ...rest,
  ];
  const settle = (id: string, amountFen: number): Entry[] => [
    [`claim-${id}`, 'ClaimDocumentsSubmitted', p({ claimId: id, documents: ['CLAIM_FORM'], submittedOn: '2023-05-03' })],
    [`claim-${id}`, 'ClaimSentToInsurer', p({ claimId: id, sentOn: '2023-05-04', insurerRef: `R-${id}` })],
    [`claim-${id}`, 'ClaimSettled', p({ claimId: id, amountFen, settledOn: '2023-06-01' })],
  ];
  const facts = factsOf([
    caseOpened('c1', 'CY'),
    caseOpened('c2', 'XP'),
    ['policy-2023', 'PolicyPurchased', p({ year: 2023, insurer: '人寿', product: '团险', premiumPerPersonFen: 15_000, coverageFrom: '2023-01-01', coverageTo: '2023-12-31', purchasedOn: '2022-12-20', targetEnrolment: 3 })],
    enrol('p1', 'c1'),
    enrol('p2', 'c1'),
    enrol('p3', 'c2'),
    // A removed member was insured for part of the year: still counted (and paid for).
    ['policy-2023', 'MemberRemoved', p({ year: 2023, caseId: 'c1', personId: 'p2', removedOn: '2023-04-30', reason: 'DECEASED', note: null })],
    // Removed and enrolled again: one person.
    ['policy-2023', 'MemberRemoved', p({ year: 2023, caseId: 'c1', personId: 'p1', removedOn: '2023-02-28', reason: 'OTHER', note: '迁出' })],
    enrol('p1', 'c1'),
    ...claim('k1', 'p1', ...settle('k1', 100_000)),
    ...claim('k2', 'p1', ...settle('k2', 20_000)),
    ...claim('k3', 'p3'),
    ...claim('k4', 'p3', [`claim-k4`, 'ClaimWithdrawn', p({ claimId: 'k4', reason: '撤回' })]),
  ]);

  it('counts insured persons (removed ones too) × premium, settled claims per person, claims in progress', () => {
    const { figures, contributions } = aggregateReport(facts, 2023, null);
    expect(figures).toMatchObject({
      'insurance.enrolledCount': 3,
      'insurance.premiumFen': 45_000,
      'insurance.claimsSettledPersons': 1,
      'insurance.claimsSettledFen': 120_000,
      'insurance.claimsInProgress': 1,
    });
    expect(contributions['insurance.enrolledCount']!.map((s) => [s.recordId, s.caseIds, s.streamId])).toEqual([
      ['p1', ['c1'], 'policy-2023'],
      ['p2', ['c1'], 'policy-2023'],
      ['p3', ['c2'], 'policy-2023'],
    ]);
    expect(contributions['insurance.claimsInProgress']!.map((s) => s.recordId)).toEqual(['k3']);
    expect(aggregateReport(facts, 2023, 'XP').figures).toMatchObject({ 'insurance.enrolledCount': 1, 'insurance.premiumFen': 15_000, 'insurance.claimsInProgress': 1, 'insurance.claimsSettledFen': 0 });
    expect(aggregateReport(facts, 2024, null).figures['insurance.enrolledCount']).toBe(0);
  });
});

describe('aggregateReport: visits and activities', () => {
  const visit = (id: string, visitedOn: string, township: string, persons: string[]): Entry => [
    `visit-${id}`, 'VisitRecorded',
    p({ visitId: id, visitType: 'HOME', visitedOn, township, visitors: ['刘芳'], caseIds: ['c1'], personsReached: persons.map((personId) => ({ caseId: 'c1', personId })), needsFound: [], followUp: null, cashAidFen: 0, fundId: null, goods: [] }),
  ];
  const facts = factsOf([
    visit('v1', '2023-02-01', 'CY', ['p1', 'p2']),
    visit('v2', '2023-03-01', 'CY', ['p1']),
    visit('v3', '2023-04-01', 'XP', ['p3']),
    ['visit-v3', 'VisitVoided', p({ visitId: 'v3', caseIds: ['c1'], reason: '录入错误', cashAidFen: 0, fundId: null })],
    visit('v4', '2022-12-31', 'CY', ['p1']),
    ['visit-v4', 'VisitAmended', p({ visitId: 'v4', caseIds: ['c1'], changes: { visitedOn: '2023-01-02', township: 'XP' }, reason: '日期填错' })],
    ['activity-a1', 'ActivityHeld', p({ activityId: 'a1', caseIds: ['c1'], venueKind: 'WARM_HOME', venueName: '暖心家园', heldOn: '2023-05-01', topic: '端午', township: null, attendees: [{ caseId: 'c1', personId: 'p1' }, { caseId: 'c2', personId: 'p3' }], cashAidFen: 0, fundId: null })],
    ['activity-a2', 'ActivityHeld', p({ activityId: 'a2', caseIds: ['c1'], venueKind: 'WARM_HOME', venueName: '会员之家', heldOn: '2023-09-01', topic: '中秋', township: 'CY', attendees: [{ caseId: 'c1', personId: 'p1' }], cashAidFen: 0, fundId: null })],
    ['activity-a2', 'AttendanceCorrected', p({ activityId: 'a2', added: [{ caseId: 'c1', personId: 'p2' }], removed: [], reason: '漏登', caseIds: ['c1'] })],
  ]);

  it('counts visits dated in the year (voided left out, amendments applied) and their persons', () => {
    const { figures, contributions } = aggregateReport(facts, 2023, null);
    expect(figures).toMatchObject({ 'visits.count': 3, 'visits.personTimes': 4, 'visits.distinctPersons': 2, 'visits.homeVisitCount': 3 });
    expect(contributions['visits.count']!.map((s) => s.recordId)).toEqual(['v1', 'v2', 'v4']);
    expect(aggregateReport(facts, 2023, 'XP').figures).toMatchObject({ 'visits.count': 1, 'visits.personTimes': 1 });
  });

  it('counts activities with corrected attendance; a county-wide one only for the county', () => {
    expect(aggregateReport(facts, 2023, null).figures).toMatchObject({ 'activities.count': 2, 'activities.distinctPersons': 3, 'activities.personTimes': 4 });
    expect(aggregateReport(facts, 2023, 'CY').figures).toMatchObject({ 'activities.count': 1, 'activities.distinctPersons': 2, 'activities.personTimes': 2 });
  });
});

describe('aggregateReport: funds, budget, donations and targets', () => {
  const fund = (code: string, amountFen: number): Entry => [`fund-2023-${code}`, 'BudgetAllocated', p({ fundId: `2023-${code}`, year: 2023, code, name: code, purpose: '-', amountFen, allocatedOn: '2023-01-10' })];
  const spend = (code: string, id: string, category: string, amountFen: number): Entry => [`fund-2023-${code}`, 'ExpenditureRecorded', p({ fundId: `2023-${code}`, expenditureId: id, category, amountFen, spentOn: '2023-05-01', description: '-', linkedStreamId: null })];
  const receive = (code: string, id: string, amountFen: number): Entry => [`fund-2023-${code}`, 'FundsReceived', p({ fundId: `2023-${code}`, receiptId: id, amountFen, receivedOn: '2023-02-01', source: '县财政局' })];
  const donate = (year: number, id: string, amountFen: number, matchingFen: number): Entry => [`donation-${year}`, 'DonationRecorded', p({ year, donationId: id, receivedOn: `${year}-05-01`, channel: 'ONLINE', amountFen, matchingFen, source: '小善举·大爱心' })];
  const facts = factsOf([
    fund('care-action', 6_000_000),
    ['fund-2023-care-action', 'AllocationAdjusted', p({ fundId: '2023-care-action', adjustmentId: 'j1', deltaFen: 1_000_000, adjustedOn: '2023-03-01', reason: '追加' })],
    receive('care-action', 'r1', 7_000_000),
    spend('care-action', 'x1', 'SPECIAL', 7_000_000),
    spend('care-action', 'x2', 'SPECIAL', 5_000),
    ['fund-2023-care-action', 'ExpenditureReversed', p({ fundId: '2023-care-action', expenditureId: 'x2', reason: '重复' })],
    fund('basic', 89_130_000),
    receive('basic', 'r2', 89_130_000),
    spend('basic', 'y1', 'PERSONNEL', 53_390_000),
    spend('basic', 'y2', 'PUBLIC', 35_740_000),
    donate(2023, 'd1', 7_000_000, 181_116),
    donate(2023, 'd2', 500, 0),
    ['donation-2023', 'DonationReversed', p({ year: 2023, donationId: 'd2', reason: '退款', amountFen: 500, matchingFen: 0 })],
    donate(2022, 'd0', 2_684_857, 0),
    ['target-2023', 'TargetSet', p({ year: 2023, indicatorId: 'care', name: '关怀经费', direction: 'AT_LEAST', value: 14_000_000, unit: 'FEN', weight: 20, sourceQuery: 'funds.careActionSpentFen' })],
    ['target-2023', 'TargetSet', p({ year: 2023, indicatorId: 'x', name: '未知', direction: 'AT_LEAST', value: 2, unit: 'COUNT', weight: 10, sourceQuery: 'awards.collectiveCount' })],
    ['target-2023', 'TargetSet', p({ year: 2023, indicatorId: 'gone', name: '撤销', direction: 'AT_LEAST', value: 2, unit: 'COUNT', weight: 10, sourceQuery: 'visits.count' })],
    ['target-2023', 'TargetWithdrawn', p({ year: 2023, indicatorId: 'gone', reason: '取消' })],
  ]);

  it('adds up the ledger of the year: reversed spending left out, shares in basis points', () => {
    const { figures, contributions } = aggregateReport(facts, 2023, null);
    expect(figures).toMatchObject({
      'funds.careActionAllocatedFen': 7_000_000,
      'funds.careActionSpentFen': 7_000_000,
      'budget.incomeFen': 96_130_000,
      'budget.personnelFen': 53_390_000,
      'budget.publicFen': 35_740_000,
      'budget.specialFen': 7_000_000,
      'budget.basicFen': 89_130_000,
      'budget.personnelShareBp': 5990,
      'budget.publicShareBp': 4010,
      'budget.balanceFen': 0,
      'donations.totalFen': 7_181_116,
      'donations.previousYearTotalFen': 2_684_857,
    });
    expect(contributions['funds.careActionSpentFen']!.map((s) => s.recordId)).toEqual(['x1']);
    expect(contributions['donations.totalFen']!.map((s) => [s.recordId, s.amountFen])).toEqual([['d1', 7_181_116]]);
  });

  it('measures the active targets: completion uncapped, score by 财预〔2020〕10号, unknown figure null', () => {
    expect(aggregateReport(facts, 2023, null).targets).toEqual([
      expect.objectContaining({ indicatorId: 'care', actual: 7_000_000, completionBp: 5000, scoreHundredths: 1000 }),
      expect.objectContaining({ indicatorId: 'x', actual: null, completionBp: null, scoreHundredths: null }),
    ]);
    expect(aggregateReport(facts, 2023, 'CY').targets).toEqual([]);
  });

  it("shows a target's latest deviation reason, null until explained", () => {
    const explained = factsOf([
      ['target-2023', 'TargetSet', p({ year: 2023, indicatorId: 'care', name: '关怀经费', direction: 'AT_LEAST', value: 100, unit: 'FEN', weight: 20, sourceQuery: 'funds.careActionSpentFen' })],
      ['target-2023', 'TargetSet', p({ year: 2023, indicatorId: 'visits', name: '走访', direction: 'AT_LEAST', value: 2, unit: 'COUNT', weight: 10, sourceQuery: 'visits.count' })],
      ['target-2023', 'TargetDeviationExplained', p({ year: 2023, indicatorId: 'care', reason: '资金到位晚' })],
      ['target-2023', 'TargetDeviationExplained', p({ year: 2023, indicatorId: 'care', reason: '项目延期' })],
    ]);
    expect(aggregateReport(explained, 2023, null).targets.map((t) => [t.indicatorId, t.deviationReason])).toEqual([
      ['care', '项目延期'],
      ['visits', null],
    ]);
  });
});

describe('reportYears: the years a report has something to count', () => {
  const visit = (id: string, visitedOn: string): Entry => [
    `visit-${id}`, 'VisitRecorded',
    p({ visitId: id, visitType: 'HOME', visitedOn, township: 'CY', visitors: ['刘芳'], caseIds: ['c1'], personsReached: [], needsFound: [], followUp: null, cashAidFen: 0, fundId: null, goods: [] }),
  ];
  it('takes a visit\'s date, a payment\'s issue date and a donation\'s year; a case file, a voided visit or an unpaid application none', () => {
    const facts = factsOf([
      caseOpened('c1', 'CY'),
      visit('v1', '2021-06-01'),
      visit('v2', '2019-06-01'),
      ['visit-v2', 'VisitVoided', p({ visitId: 'v2', caseIds: ['c1'], reason: '录入错误', cashAidFen: 0, fundId: null })],
      ...subsidyApplied('s1', 'c1', 'p1', 50_000),
      ...subsidyApplied('s2', 'c1', 'p2', 50_000),
      ['subsidy-s2', 'PaymentIssued', p({ applicationId: 's2', batchId: 'b', period: '202402', amountFen: 50_000, issuedOn: '2024-02-10' })],
      ['donation-2022', 'DonationRecorded', p({ year: 2022, donationId: 'd', receivedOn: '2022-05-01', channel: 'ONLINE', amountFen: 100, matchingFen: 0, source: '-' })],
    ]);
    expect(reportYears(facts)).toEqual([2021, 2022, 2024]);
    expect(reportYears(factsOf([caseOpened('c1', 'CY')]))).toEqual([]);
  });
});
