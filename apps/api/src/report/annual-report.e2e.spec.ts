import type { EventStore } from '@careledger/event-store';
import { EVENT_STORE } from '../infrastructure/tokens';
import { runMutation } from '../testing/run-mutation';
import { startTestApp, type TestApp } from '../testing/test-app';
import { openFamily, visitInput } from '../visit/visit.testing';

const COUNTY = 'county-officer';
const REPORT = `query($year: Int!, $township: String, $at: SafeInt, $min: SafeInt) {
  annualReport(year: $year, township: $township, atPosition: $at, minPosition: $min) {
    year township position
    figures { key value unit sources { streamId kind recordId positions amountFen caseIds } }
    targets { indicatorId actual completionBp score }
    townships { township figures { key value } }
    series {
      subsidyIssuedByMonth { month amountFen cumulativeFen }
      visitsByTownshipMonth { township month count }
      claimsByState { state count amountFen }
      fundSpendingByCategory { category amountFen }
    }
  } }`;

type Figure = { key: string; value: number; unit: string; sources: { streamId: string; kind: string; recordId: string; positions: number[]; amountFen: number | null; caseIds: string[] }[] };

describe('annualReport (real server, real commands)', () => {
  let app: TestApp;
  let last = 0;
  const m = async (name: string, input: Record<string, unknown>, user?: string) => {
    const result = await runMutation(app, name, input, user);
    last = result.position;
    return result;
  };
  const report = async (vars: Record<string, unknown> = {}) => {
    const res = await app.gql(REPORT, { year: 2023, min: last, ...vars });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!['annualReport'] as {
      position: number; figures: Figure[]; targets: Record<string, unknown>[]; townships: { township: string; figures: { key: string; value: number }[] }[];
      series: Record<string, Record<string, unknown>[]>;
    };
  };
  const values = (figures: readonly { key: string; value: number }[]) => Object.fromEntries(figures.map((f) => [f.key, f.value]));
  const figure = (figures: Figure[], key: string) => figures.find((f) => f.key === key)!;

  let cy: { caseId: string; personIds: string[] };
  let xp: { caseId: string; personIds: string[] };
  let reissued = '';
  let paidPosition = 0;

  beforeAll(async () => {
    app = await startTestApp();
    cy = await openFamily(app, 'CY');
    xp = await openFamily(app, 'XP');
    // Subsidy in CY: issued, failed, reissued, paid, settled, through the sunshine system.
    const stay = (caseId: string, personId: string, admittedOn: string, dischargedOn: string) => ({
      caseId, personId, hospitalName: '辰溪县人民医院', hospitalGrade: 'LEVEL_2A', diagnosisCategory: 'MALIGNANT_TUMOUR', admittedOn, dischargedOn,
    });
    const approve = async (id: string) => {
      await m('reviewSubsidyByTownship', { applicationId: id, decision: 'APPROVED' });
      await m('reviewSubsidyByCounty', { applicationId: id, decision: 'APPROVED' }, COUNTY);
      await m('postSubsidyNotice', { applicationId: id, postedOn: '2023-04-10' }, COUNTY);
      await m('closeSubsidyNotice', { applicationId: id, closedOn: '2023-04-17' }, COUNTY);
    };
    reissued = (await m('applyForSubsidy', stay(cy.caseId, cy.personIds[0]!, '2023-03-01', '2023-03-21'))).id;
    await approve(reissued);
    await m('submitSubsidyToSunshine', { applicationId: reissued, externalRef: 'YG-2023-0001', submittedOn: '2023-04-18' }, COUNTY);
    await m('issueSubsidyPayment', { applicationId: reissued, batchId: 'YKT-1', period: '202304', amountFen: 200_000, issuedOn: '2023-04-20' }, COUNTY);
    await m('recordSubsidyPaymentFailure', { applicationId: reissued, reason: '账户已销户', failedOn: '2023-04-25' }, COUNTY);
    paidPosition = last;
    await m('reissueSubsidyPayment', { applicationId: reissued, batchId: 'YKT-2', period: '202305', issuedOn: '2023-05-05' }, COUNTY);
    await m('confirmSubsidyPayment', { applicationId: reissued, paidOn: '2023-05-08' }, COUNTY);
    await m('settleSubsidyReimbursement', { applicationId: reissued, settledOn: '2023-05-20', voucherNo: 'PZ-1' }, COUNTY);
    // Subsidy in XP: issued, awaiting reimbursement.
    const xpApp = (await m('applyForSubsidy', stay(xp.caseId, xp.personIds[0]!, '2023-06-01', '2023-06-06'))).id;
    await approve(xpApp);
    await m('issueSubsidyPayment', { applicationId: xpApp, batchId: 'YKT-3', period: '202306', amountFen: 50_000, issuedOn: '2023-06-20' }, COUNTY);

    // Insurance: 3 insured (one removed later), two settled claims of one person, one in progress.
    await m('purchasePolicy', { year: 2023, insurer: '中国人寿', product: '团险', premiumPerPersonFen: 15_000, coverageFrom: '2023-01-01', coverageTo: '2023-12-31', purchasedOn: '2022-12-20' }, COUNTY);
    const enrol = (caseId: string, personId: string) => m('enrolMember', { year: 2023, caseId, personId, enrolledOn: '2022-12-28', coverageFrom: '2023-01-01' }, COUNTY);
    await enrol(cy.caseId, cy.personIds[0]!);
    await enrol(cy.caseId, cy.personIds[1]!);
    await enrol(xp.caseId, xp.personIds[0]!);
    await m('removeMember', { year: 2023, caseId: cy.caseId, personId: cy.personIds[1]!, removedOn: '2023-03-31', reason: 'OTHER', note: '迁出本县' }, COUNTY);
    const claim = async (caseId: string, personId: string, amountFen: number | null) => {
      const { id } = await m('reportClaim', { caseId, personId, eventType: 'HOSPITALISATION', eventOn: '2023-05-08', reportedOn: '2023-05-10', description: '住院' });
      if (amountFen === null) return id;
      await m('submitClaimDocuments', { claimId: id, documents: ['CLAIM_FORM', 'MEDICAL_INVOICE'], submittedOn: '2023-05-12' });
      await m('sendClaimToInsurer', { claimId: id, sentOn: '2023-05-20', insurerRef: `LP-${id}` }, COUNTY);
      await m('settleClaim', { claimId: id, amountFen, settledOn: '2023-06-15' }, COUNTY);
      return id;
    };
    await claim(cy.caseId, cy.personIds[0]!, 100_000);
    await claim(cy.caseId, cy.personIds[0]!, 37_916);
    await claim(xp.caseId, xp.personIds[0]!, null);

    // Visits (one voided) and an activity.
    await m('recordVisit', visitInput(cy.caseId, cy.personIds, { visitedOn: '2023-02-01' }));
    await m('recordVisit', visitInput(xp.caseId, xp.personIds.slice(0, 1), { township: 'XP', visitedOn: '2023-03-01' }));
    const voided = await m('recordVisit', visitInput(cy.caseId, cy.personIds, { visitedOn: '2023-04-01' }));
    await m('voidVisit', { visitId: voided.id, reason: '重复登记' });
    await m('holdActivity', {
      venueKind: 'WARM_HEART_HOME', venueName: '暖心家园', heldOn: '2023-05-14', topic: '母亲节集中慰问', township: 'CY',
      attendees: [...cy.personIds.map((personId) => ({ caseId: cy.caseId, personId })), { caseId: xp.caseId, personId: xp.personIds[0] }],
    });

    // Funds: care action allocated, received and spent; a reversed expenditure; basic spending.
    const fund = async (code: string, amountFen: number) =>
      (await m('allocateBudget', { year: 2023, code, name: code, purpose: '年度预算', amountFen, allocatedOn: '2023-01-10' }, COUNTY)).id.replace(/^fund-/, '');
    const care = await fund('care-action', 70_000);
    const basic = await fund('basic', 120_000);
    await m('receiveFunds', { fundId: care, amountFen: 70_000, receivedOn: '2023-02-01', source: '县财政局' }, COUNTY);
    await m('receiveFunds', { fundId: basic, amountFen: 100_000, receivedOn: '2023-02-01', source: '县财政局' }, COUNTY);
    await m('recordExpenditure', { fundId: care, category: 'SPECIAL', amountFen: 70_000, spentOn: '2023-06-01', description: '走访慰问' }, COUNTY);
    await m('recordExpenditure', { fundId: basic, category: 'PERSONNEL', amountFen: 60_000, spentOn: '2023-03-01', description: '工资' }, COUNTY);
    await m('recordExpenditure', { fundId: basic, category: 'PUBLIC', amountFen: 40_000, spentOn: '2023-03-01', description: '办公' }, COUNTY);
    const wrong = await m('recordExpenditure', { fundId: basic, category: 'PUBLIC', amountFen: 9_999, spentOn: '2023-03-02', description: '重复' }, COUNTY);
    await m('reverseExpenditure', { fundId: basic, expenditureId: wrong.createdId, reason: '重复录入' }, COUNTY);

    await m('setPerformanceTarget', { year: 2023, indicatorId: 'nursing-subsidy-amount', name: '护理补贴发放金额', direction: 'AT_LEAST', value: 300_000, unit: 'FEN', weight: 20, sourceQuery: 'nursingSubsidy.issuedFen' }, COUNTY);
    await m('recordDonation', { year: 2023, receivedOn: '2023-05-20', channel: 'ONLINE', amountFen: 10_000, matchingFen: 2_500, source: '小善举·大爱心平台' }, COUNTY);
    await m('recordDonation', { year: 2022, receivedOn: '2022-05-20', channel: 'BANK', amountFen: 3_000, matchingFen: 0, source: '县工会' }, COUNTY);
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it('computes every figure of the county by its definition', async () => {
    const { figures, position } = await report();
    expect(position).toBeGreaterThanOrEqual(last);
    expect(values(figures)).toEqual({
      'nursingSubsidy.personTimes': 2,
      'nursingSubsidy.issuedFen': 250_000,
      'nursingSubsidy.paidOutFen': 200_000,
      'nursingSubsidy.awaitingReimbursementFen': 50_000,
      'nursingSubsidy.viaSunshineFen': 200_000,
      'insurance.enrolledCount': 3,
      'insurance.premiumFen': 45_000,
      'insurance.claimsSettledPersons': 1,
      'insurance.claimsSettledFen': 137_916,
      'insurance.claimsInProgress': 1,
      'visits.count': 2,
      'visits.personTimes': 3,
      'visits.distinctPersons': 3,
      'visits.homeVisitCount': 2,
      'activities.count': 1,
      'activities.distinctPersons': 3,
      'activities.personTimes': 3,
      'funds.careActionAllocatedFen': 70_000,
      'funds.careActionSpentFen': 70_000,
      'budget.incomeFen': 170_000,
      'budget.personnelFen': 60_000,
      'budget.publicFen': 40_000,
      'budget.specialFen': 70_000,
      'budget.basicFen': 100_000,
      'budget.personnelShareBp': 6000,
      'budget.publicShareBp': 4000,
      'budget.balanceFen': 0,
      'donations.totalFen': 12_500,
      'donations.previousYearTotalFen': 3_000,
    });
    expect(figure(figures, 'insurance.premiumFen').unit).toBe('FEN');
    expect(figure(figures, 'budget.personnelShareBp').unit).toBe('BASIS_POINTS');
  });

  it('drills down to exactly the records counted, with their events and families', async () => {
    const { figures } = await report();
    const issued = figure(figures, 'nursingSubsidy.issuedFen').sources;
    expect(issued.map((s) => [s.kind, s.amountFen, s.caseIds])).toEqual([
      ['SUBSIDY', 200_000, [cy.caseId]],
      ['SUBSIDY', 50_000, [xp.caseId]],
    ]);
    expect(issued[0]).toMatchObject({ streamId: `subsidy-${reissued}`, recordId: reissued });
    // Every event of the application's stream: applied … settled (11 events).
    const stream = await app.running.app.get<EventStore>(EVENT_STORE).readStream(`subsidy-${reissued}`);
    expect(issued[0]!.positions).toEqual(stream.map((e) => e.position));
    expect(stream).toHaveLength(11);
    expect(figure(figures, 'insurance.enrolledCount').sources.map((s) => s.recordId).sort()).toEqual(
      [...cy.personIds, xp.personIds[0]!].sort(),
    );
    expect(figure(figures, 'visits.count').sources.map((s) => s.caseIds)).toEqual([[cy.caseId], [xp.caseId]]);
    expect(figure(figures, 'budget.publicFen').sources.map((s) => s.amountFen)).toEqual([40_000]);
    expect(figure(figures, 'donations.totalFen').sources.map((s) => [s.streamId, s.amountFen])).toEqual([['donation-2023', 12_500]]);
  });

  it('splits by township; the townships add up to the county', async () => {
    const county = await report();
    const cyFigures = values((await report({ township: 'CY' })).figures);
    expect(cyFigures).toMatchObject({ 'nursingSubsidy.issuedFen': 200_000, 'insurance.enrolledCount': 2, 'visits.count': 1, 'activities.count': 1, 'insurance.claimsInProgress': 0 });
    expect(cyFigures['budget.incomeFen']).toBeUndefined();
    expect(county.townships.map((t) => t.township)).toEqual(['CY', 'XP']);
    const sum = (key: string) => county.townships.reduce((s, t) => s + (values(t.figures)[key] ?? 0), 0);
    for (const key of ['nursingSubsidy.issuedFen', 'insurance.premiumFen', 'insurance.claimsSettledFen', 'visits.personTimes']) {
      expect(sum(key)).toBe(values(county.figures)[key]);
    }
  });

  it('measures the targets', async () => {
    expect((await report()).targets).toEqual([{ indicatorId: 'nursing-subsidy-amount', actual: 250_000, completionBp: 8333, score: 1667 }]);
  });

  it('lists the years the log gives a report something to count', async () => {
    const res = await app.gql('query($min: SafeInt) { annualReportYears(minPosition: $min) }', { min: last });
    expect(res.errors).toBeUndefined();
    const years = res.data!['annualReportYears'] as number[];
    expect(years).toContain(2023);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(new Set(years).size).toBe(years.length);
  });

  it('gives the same report replayed from the log at a position as the live read model', async () => {
    const live = await report();
    const replayed = await report({ at: live.position });
    expect(replayed).toEqual(live);
    const past = await report({ at: paidPosition });
    expect(past.position).toBe(paidPosition);
    // The payment had failed and was not reissued yet: not counted.
    expect(values(past.figures)).toMatchObject({ 'nursingSubsidy.personTimes': 0, 'nursingSubsidy.issuedFen': 0 });
  });

  it('gives the chart series from the same records as the figures, by scope', async () => {
    const { series } = await report();
    expect(series['subsidyIssuedByMonth']).toHaveLength(12);
    expect(series['subsidyIssuedByMonth']!.filter((m) => m['amountFen'] !== 0)).toEqual([
      { month: '2023-05', amountFen: 200_000, cumulativeFen: 200_000 },
      { month: '2023-06', amountFen: 50_000, cumulativeFen: 250_000 },
    ]);
    expect(series['visitsByTownshipMonth']).toEqual([
      { township: 'CY', month: '2023-02', count: 1 },
      { township: 'XP', month: '2023-03', count: 1 },
    ]);
    expect(series['claimsByState']!.filter((c) => c['count'] !== 0)).toEqual([
      { state: 'REPORTED', count: 1, amountFen: 0 },
      { state: 'SETTLED', count: 2, amountFen: 137_916 },
    ]);
    expect(series['fundSpendingByCategory']).toEqual([
      { category: 'PERSONNEL', amountFen: 60_000 },
      { category: 'PUBLIC', amountFen: 40_000 },
      { category: 'SPECIAL', amountFen: 70_000 },
    ]);
    const cy = (await report({ township: 'CY' })).series;
    expect(cy['fundSpendingByCategory']).toEqual([]);
    expect(cy['visitsByTownshipMonth']).toEqual([{ township: 'CY', month: '2023-02', count: 1 }]);
    expect(cy['subsidyIssuedByMonth']!.at(-1)).toEqual({ month: '2023-12', amountFen: 0, cumulativeFen: 200_000 });
    // Replayed from the log at a position: identical to the live read model, per scope.
    const live = await report({ township: 'CY' });
    expect((await report({ township: 'CY', at: live.position })).series).toEqual(live.series);
    expect((await report({ at: paidPosition })).series['subsidyIssuedByMonth']!.every((m) => m['amountFen'] === 0)).toBe(true);
  });

  it('refuses a bad position or year', async () => {
    const res = await app.gql(REPORT, { year: 2023, at: -1 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'atPosition' } });
    const bad = await app.gql(REPORT, { year: 1900 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'year' } });
  });
});
