import { foldReportFacts } from './report-facts.fold';
import { aggregateReport } from './report.aggregate';
import { caseOpened, logOf, subsidyApplied } from './report.fixture';

type Entry = readonly [string, string, Record<string, unknown>];
const factsOf = (entries: readonly Entry[]) => [...foldReportFacts(new Map(), logOf(entries)).values()];

const pay = (id: string, issuedOn: string, amountFen: number): Entry => [`subsidy-${id}`, 'PaymentIssued', { applicationId: id, batchId: `b-${id}`, period: '202304', amountFen, issuedOn }];
const visit = (id: string, visitedOn: string, township: string): Entry => [
  `visit-${id}`, 'VisitRecorded',
  { visitId: id, visitType: 'HOME', visitedOn, township, visitors: ['刘芳'], caseIds: ['c1'], personsReached: [{ caseId: 'c1', personId: 'p1' }], needsFound: [], followUp: null, cashAidFen: 0, fundId: null, goods: [] },
];
const claim = (id: string, caseId: string, policyYear: number, ...rest: Entry[]): Entry[] => [
  [`claim-${id}`, 'ClaimReported', { claimId: id, policyYear, caseId, personId: `p-${caseId}`, eventType: 'HOSPITALISATION', eventOn: '2023-05-01', reportedOn: '2023-05-02', description: null }],
  ...rest,
];
const settle = (id: string, amountFen: number): Entry[] => [
  [`claim-${id}`, 'ClaimDocumentsSubmitted', { claimId: id, documents: ['CLAIM_FORM'], submittedOn: '2023-05-03' }],
  [`claim-${id}`, 'ClaimSentToInsurer', { claimId: id, sentOn: '2023-05-04', insurerRef: `R-${id}` }],
  [`claim-${id}`, 'ClaimSettled', { claimId: id, amountFen, settledOn: '2023-06-01' }],
];
const spend = (id: string, category: string, amountFen: number): Entry => ['fund-2023-basic', 'ExpenditureRecorded', { fundId: '2023-basic', expenditureId: id, category, amountFen, spentOn: '2023-05-01', description: '-', linkedStreamId: null }];

const facts = factsOf([
  caseOpened('c1', 'CY'),
  caseOpened('c2', 'XP'),
  // a: failed in 2022, reissued in January 2023 → January. b: March (XP). c: failed, not reissued → nowhere. d: 2024.
  ...subsidyApplied('a', 'c1', 'p1', 100_000),
  pay('a', '2022-12-28', 100_000),
  ['subsidy-a', 'PaymentFailed', { applicationId: 'a', reason: '销户', failedOn: '2022-12-30' }],
  ['subsidy-a', 'PaymentReissued', { applicationId: 'a', batchId: 'b-a2', period: '202301', issuedOn: '2023-01-05' }],
  ...subsidyApplied('b', 'c2', 'p2', 30_000),
  pay('b', '2023-03-01', 30_000),
  ...subsidyApplied('c', 'c1', 'p3', 50_000),
  pay('c', '2023-07-01', 50_000),
  ['subsidy-c', 'PaymentFailed', { applicationId: 'c', reason: '卡号错误', failedOn: '2023-07-03' }],
  ...subsidyApplied('d', 'c1', 'p1', 70_000),
  pay('d', '2024-01-02', 70_000),
  visit('v1', '2023-02-01', 'CY'),
  visit('v2', '2023-02-15', 'CY'),
  visit('v3', '2023-02-03', 'XP'),
  visit('v4', '2023-05-01', 'CY'),
  visit('v5', '2023-05-02', 'CY'),
  ['visit-v5', 'VisitVoided', { visitId: 'v5', caseIds: ['c1'], reason: '重复', cashAidFen: 0, fundId: null }],
  visit('v6', '2022-12-31', 'CY'),
  ...claim('k1', 'c1', 2023, ...settle('k1', 100_000)),
  ...claim('k2', 'c1', 2023, ...settle('k2', 20_000)),
  ...claim('k3', 'c2', 2023),
  ...claim('k4', 'c2', 2023, ['claim-k4', 'ClaimWithdrawn', { claimId: 'k4', reason: '撤回' }]),
  ...claim('k5', 'c1', 2022),
  ['fund-2023-basic', 'BudgetAllocated', { fundId: '2023-basic', year: 2023, code: 'basic', name: 'basic', purpose: '-', amountFen: 1_000_000, allocatedOn: '2023-01-10' }],
  spend('x1', 'PERSONNEL', 600_000),
  spend('x2', 'PUBLIC', 300_000),
  spend('x3', 'PUBLIC', 9_999),
  ['fund-2023-basic', 'ExpenditureReversed', { fundId: '2023-basic', expenditureId: 'x3', reason: '重复' }],
]);

describe('reportSeries (pure)', () => {
  it('gives all 12 months of subsidy issued by current payment month, with a running total equal to issuedFen', () => {
    const { series, figures } = aggregateReport(facts, 2023, null);
    expect(series.subsidyIssuedByMonth.map((m) => m.month)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2023-${m}`));
    expect(series.subsidyIssuedByMonth.slice(0, 4)).toEqual([
      { month: '2023-01', amountFen: 100_000, cumulativeFen: 100_000 },
      { month: '2023-02', amountFen: 0, cumulativeFen: 100_000 },
      { month: '2023-03', amountFen: 30_000, cumulativeFen: 130_000 },
      { month: '2023-04', amountFen: 0, cumulativeFen: 130_000 },
    ]);
    expect(series.subsidyIssuedByMonth.at(-1)!.cumulativeFen).toBe(figures['nursingSubsidy.issuedFen']);
    expect(aggregateReport(facts, 2023, 'XP').series.subsidyIssuedByMonth.at(-1)!.cumulativeFen).toBe(30_000);
    expect(aggregateReport(facts, 2024, null).series.subsidyIssuedByMonth[0]).toEqual({ month: '2024-01', amountFen: 70_000, cumulativeFen: 70_000 });
  });

  it('counts the visits of visits.count by township and month (voided and other years left out)', () => {
    const { series, figures } = aggregateReport(facts, 2023, null);
    expect(series.visitsByTownshipMonth).toEqual([
      { township: 'CY', month: '2023-02', count: 2 },
      { township: 'CY', month: '2023-05', count: 1 },
      { township: 'XP', month: '2023-02', count: 1 },
    ]);
    expect(series.visitsByTownshipMonth.reduce((s, c) => s + c.count, 0)).toBe(figures['visits.count']);
    expect(aggregateReport(facts, 2023, 'XP').series.visitsByTownshipMonth).toEqual([{ township: 'XP', month: '2023-02', count: 1 }]);
  });

  it("counts the claims of the year's policy by current state, every state, settled amounts summed", () => {
    expect(aggregateReport(facts, 2023, null).series.claimsByState).toEqual([
      { state: 'REPORTED', count: 1, amountFen: 0 },
      { state: 'DOCUMENTS_SUBMITTED', count: 0, amountFen: 0 },
      { state: 'SENT_TO_INSURER', count: 0, amountFen: 0 },
      { state: 'SETTLED', count: 2, amountFen: 120_000 },
      { state: 'REJECTED', count: 0, amountFen: 0 },
      { state: 'WITHDRAWN', count: 1, amountFen: 0 },
    ]);
    const xp = aggregateReport(facts, 2023, 'XP').series.claimsByState;
    expect(xp.filter((s) => s.count > 0)).toEqual([
      { state: 'REPORTED', count: 1, amountFen: 0 },
      { state: 'WITHDRAWN', count: 1, amountFen: 0 },
    ]);
    expect(aggregateReport(facts, 2022, null).series.claimsByState.find((s) => s.state === 'REPORTED')!.count).toBe(1);
  });

  it("sums the year's unreversed spending by category for the county; a township has none", () => {
    const { series, figures } = aggregateReport(facts, 2023, null);
    expect(series.fundSpendingByCategory).toEqual([
      { category: 'PERSONNEL', amountFen: 600_000 },
      { category: 'PUBLIC', amountFen: 300_000 },
      { category: 'SPECIAL', amountFen: 0 },
    ]);
    expect(series.fundSpendingByCategory[1]!.amountFen).toBe(figures['budget.publicFen']);
    expect(aggregateReport(facts, 2023, 'CY').series.fundSpendingByCategory).toEqual([]);
  });
});
