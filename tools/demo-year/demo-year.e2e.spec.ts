import { SEED_REPORT_2023_FIGURES as YEAR_FIGURES } from '@careledger/seed-report';
import { generateYear, type GenerateSummary } from './generate-year';
import { GraphQLClient } from './graphql-client';
import { startApiProcess, type ApiProcess } from './testing/api-process';
import { reportOf, type ReportRead } from './testing/report-of';

type Page<T> = { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };

let api: ApiProcess;
let client: GraphQLClient;
let first: GenerateSummary;
let fields: Set<string>;

/** Every node of a connection, page by page. */
async function all<T>(field: string, selection: string, filter: Record<string, unknown> = {}): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const query = `query($filter: ${filterType(field)}, $after: String) { ${field}(filter: $filter, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`;
    const data: Record<string, Page<T>> = await client.request(query, { filter, after });
    const page = data[field]!;
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}
const filterType = (field: string) =>
  ({ subsidyApplications: 'SubsidyApplicationFilter', insuranceClaims: 'InsuranceClaimFilter', visits: 'VisitFilter', activities: 'ActivityFilter' })[field];
const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
const countBy = <T>(items: readonly T[], key: (t: T) => string) =>
  items.reduce<Record<string, number>>((acc, t) => ({ ...acc, [key(t)]: (acc[key(t)] ?? 0) + 1 }), {});

beforeAll(async () => {
  api = await startApiProcess();
  client = new GraphQLClient(api.url);
  first = await generateYear({ url: api.url, seed: 'e2e-seed', year: 2023, concurrency: 4, log: null });
  fields = await client.fieldsOf('Query');
}, 180_000);

afterAll(async () => {
  await api?.stop();
});

describe('the generated 2023 year, read back through the API', () => {
  it('sent every planned command and appended their events', () => {
    expect(first.commands).toBeGreaterThan(2000);
    expect(first.eventsAppended).toBeGreaterThanOrEqual(first.commands);
    expect(first.families).toBeGreaterThan(200);
    expect(first.members).toBeGreaterThan(560);
  });

  it('insures 560 persons at 150 元 (one removed after death, still paid for)', async () => {
    const { insurancePolicy: policy } = await client.request<{ insurancePolicy: Record<string, number> }>(
      '{ insurancePolicy(id: "2023") { insuredPersons enrolledCount premiumPerPersonFen premiumTotalFen } }',
    );
    expect(policy).toEqual({ insuredPersons: 560, enrolledCount: 559, premiumPerPersonFen: 15_000, premiumTotalFen: 8_400_000 });
  });

  it('has 69 subsidy payments of 2023 (89,200 元: 58,200 settled, 59,200 via sunshine) and others that do not count', async () => {
    const apps = await all<{ status: string; amountFen: number; paymentYear: number | null; sunshineRef: string | null; steps: { kind: string }[] }>(
      'subsidyApplications', 'status amountFen paymentYear sunshineRef steps { kind }',
    );
    const counted = apps.filter((a) => a.paymentYear === 2023 && ['paymentIssued', 'paid', 'settled'].includes(a.status));
    expect(counted).toHaveLength(YEAR_FIGURES['nursingSubsidy.personTimes']);
    expect(sum(counted.map((a) => a.amountFen))).toBe(YEAR_FIGURES['nursingSubsidy.issuedFen']);
    expect(sum(counted.filter((a) => a.status === 'settled').map((a) => a.amountFen))).toBe(YEAR_FIGURES['nursingSubsidy.paidOutFen']);
    expect(sum(counted.filter((a) => a.sunshineRef !== null).map((a) => a.amountFen))).toBe(YEAR_FIGURES['nursingSubsidy.viaSunshineFen']);
    expect(counted.some((a) => a.steps.some((s) => s.kind === 'PaymentReissued'))).toBe(true);
    expect(countBy(apps.filter((a) => !counted.includes(a)), (a) => a.status)).toEqual({
      rejected: 2, withdrawn: 2, returned: 1, applied: 1, townshipApproved: 1, countyApproved: 1, noticePosted: 1, paymentFailed: 1,
    });
  });

  it('has claims: 18 persons settled for 13,791.60 元, 14 in progress, 3 rejected, 2 withdrawn', async () => {
    const claims = await all<{ status: string; personId: string; settledAmountFen: number | null }>('insuranceClaims', 'status personId settledAmountFen', { policy: '2023' });
    const settled = claims.filter((c) => c.status === 'SETTLED');
    expect(new Set(settled.map((c) => c.personId)).size).toBe(YEAR_FIGURES['insurance.claimsSettledPersons']);
    expect(settled).toHaveLength(19);
    expect(sum(settled.map((c) => c.settledAmountFen ?? 0))).toBe(YEAR_FIGURES['insurance.claimsSettledFen']);
    expect(countBy(claims, (c) => c.status)).toEqual({ SETTLED: 19, REPORTED: 5, DOCUMENTS_SUBMITTED: 5, SENT_TO_INSURER: 4, REJECTED: 3, WITHDRAWN: 2 });
  });

  it('has 24 visits reaching 126 person-times (the voided one left out) and 2 activities reaching 26 persons', async () => {
    const visits = await all<{ personsReachedCount: number }>('visits', 'personsReachedCount', { from: '2023-01-01', to: '2023-12-31' });
    expect(visits).toHaveLength(24);
    expect(sum(visits.map((v) => v.personsReachedCount))).toBe(126);
    expect(await all('visits', 'id', { includeVoided: true })).toHaveLength(25);
    const activities = await all<{ attendees: { personId: string }[] }>('activities', 'attendees { personId }');
    expect(activities).toHaveLength(2);
    expect(new Set(activities.flatMap((a) => a.attendees.map((p) => p.personId))).size).toBe(26);
  });

  it('closes the funds of 2023 as the report did: income 961,300 元, all spent, balance 0', async () => {
    const { funds } = await client.request<{ funds: Page<{ id: string; allocatedFen: number; receivedFen: number; spentFen: number; figures: { balanceFen: number; byCategory: { category: string; spentFen: number; basicShareBp: number | null }[] } }> }>(
      '{ funds(filter: { year: 2023 }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id allocatedFen receivedFen spentFen figures { balanceFen byCategory { category spentFen basicShareBp } } } } } }',
    );
    const byId = new Map(funds.edges.map((e) => [e.node.id, e.node]));
    const care = byId.get('2023-care-action')!;
    const basic = byId.get('2023-basic')!;
    expect([care.allocatedFen, care.spentFen]).toEqual([7_000_000, 7_000_000]);
    expect(care.receivedFen + basic.receivedFen).toBe(YEAR_FIGURES['budget.incomeFen']);
    expect(basic.figures.byCategory.filter((c) => c.category !== 'SPECIAL').map((c) => [c.category, c.spentFen, c.basicShareBp])).toEqual([
      ['PERSONNEL', 53_390_000, 5990],
      ['PUBLIC', 35_740_000, 4010],
    ]);
    expect(basic.figures.balanceFen + care.figures.balanceFen).toBe(0);
  });

  it('sets the 2023 targets, the subsidy amount at 103,800 元 and the insured at 560', async () => {
    const { performanceTargets } = await client.request<{ performanceTargets: { indicatorId: string; value: number; unit: string }[] }>(
      '{ performanceTargets(year: 2023) { indicatorId value unit } }',
    );
    expect(performanceTargets).toHaveLength(8);
    expect(performanceTargets).toEqual(expect.arrayContaining([
      { indicatorId: 'nursing-subsidy-amount', value: 10_380_000, unit: 'FEN' },
      { indicatorId: 'insurance-enrolled', value: 560, unit: 'PERSON' },
    ]));
  });

  it('records the online donations of 2023 and 2022, when the API has them', async () => {
    if (!fields.has('donationYear')) return expect(first.donations).toBe(false);
    const data = await client.request<Record<string, { totalFen: number }>>('{ y2023: donationYear(year: 2023) { totalFen } y2022: donationYear(year: 2022) { totalFen } }');
    expect([data['y2023']!.totalFen, data['y2022']!.totalFen]).toEqual([YEAR_FIGURES['donations.totalFen'], YEAR_FIGURES['donations.previousYearTotalFen']]);
  });

  it('makes the annual report show the whole contract table for the county, when the API has it', async () => {
    if (!fields.has('annualReport')) return;
    const { annualReport } = await client.request<{ annualReport: { figures: { key: string; value: number }[] } }>('{ annualReport(year: 2023) { figures { key value } } }');
    const actual = Object.fromEntries(annualReport.figures.map((f) => [f.key, f.value]));
    const expected: Record<string, number> = { ...YEAR_FIGURES };
    if (!first.donations) for (const key of ['donations.totalFen', 'donations.previousYearTotalFen']) delete expected[key];
    expect(actual).toMatchObject(expected);
  });

  it('gives, for the county and for every township, exactly the report the commands sent work out to', async () => {
    if (!fields.has('annualReport')) return;
    const report = await reportOf(client, 2023);
    expect(report.county).toEqual(first.expected.county);
    expect(Object.fromEntries(report.townships)).toEqual(Object.fromEntries(first.expected.townships));
    // Replayed from the log at the same position, the report is the same, figure for figure.
    expect((await reportOf(client, 2023, report.position)).county).toEqual(report.county);
  });

  it('appends nothing when the same seed runs again', async () => {
    const head = await client.headPosition();
    const again = await generateYear({ url: api.url, seed: 'e2e-seed', year: 2023, concurrency: 4, log: null });
    expect(again.eventsAppended).toBe(0);
    expect(await client.headPosition()).toBe(head);
    expect(again.commands).toBe(first.commands);
  }, 120_000);
});

describe('2024 continuing the generated county on the same store', () => {
  let before: ReportRead;
  let next: GenerateSummary;

  beforeAll(async () => {
    if (!fields.has('annualReport')) return;
    before = await reportOf(client, 2023);
    next = await generateYear({ url: api.url, seed: 'e2e-seed', year: 2024, concurrency: 4, log: null });
  }, 180_000);

  it('adds 2024 over 2023\'s families: their setup is answered as already done, eight new families are opened', async () => {
    if (!fields.has('annualReport')) return;
    expect(next.eventsAppended).toBeGreaterThan(1000);
    const { cases } = await client.request<{ cases: { totalCount: number } }>('{ cases(first: 1) { totalCount } }');
    expect(cases.totalCount).toBe(first.families + 8);
  });

  it('gives 2024 exactly the report its commands work out to, for the county and every township', async () => {
    if (!fields.has('annualReport')) return;
    const report = await reportOf(client, 2024);
    expect(report.county).toEqual(next.expected.county);
    expect(Object.fromEntries(report.townships)).toEqual(Object.fromEntries(next.expected.townships));
    expect(report.county['donations.previousYearTotalFen']).toBe(YEAR_FIGURES['donations.totalFen']);
  });

  it('leaves 2023\'s report as it was, figure for figure, in every township', async () => {
    if (!fields.has('annualReport')) return;
    const after = await reportOf(client, 2023);
    expect(after.county).toEqual(before.county);
    expect(Object.fromEntries(after.townships)).toEqual(Object.fromEntries(before.townships));
    expect(after.county).toMatchObject(YEAR_FIGURES);
  });
});
