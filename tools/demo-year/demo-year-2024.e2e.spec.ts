import { EXAMPLE_SUBSIDY_RULES } from '@careledger/domain-nursing-subsidy';
import { generateYear, type GenerateSummary } from './generate-year';
import { GraphQLClient } from './graphql-client';
import { startApiProcess, type ApiProcess } from './testing/api-process';
import { reportOf, type ReportRead } from './testing/report-of';
import { profileOf } from './year-profile';

/**
 * The second, differently shaped year: a made-up 2024 on a store of its own (the county's families
 * and 2023's giving are set up first, as 2023 would have), with the subsidy rules changing on 1 July
 * (120 元 a day counting both ends, at most 20 days a stay, no notice). Nothing in the report knows
 * these numbers; they must follow from the events. (2024 on top of a generated 2023: demo-year.e2e.)
 */
const RULES = {
  note: 'test rules: the example rate to June, another from July',
  ruleSets: [
    EXAMPLE_SUBSIDY_RULES,
    { effectiveFrom: '2024-07-01', dailyRateFen: 12_000, dayCounting: 'BOTH_ENDS', capPerStayDays: 20, capPerPersonPerYearDays: 90, noticeRequired: false, noticeDays: 0, eligibleGrades: ['LEVEL_3A', 'LEVEL_3B', 'LEVEL_2A'] },
  ],
};

let api: ApiProcess;
let client: GraphQLClient;
let generated: GenerateSummary;
let report: ReportRead;
const profile = profileOf(2024);

beforeAll(async () => {
  api = await startApiProcess({ files: { 'rules.json': JSON.stringify(RULES) }, env: { CARELEDGER_SUBSIDY_RULES: '{dir}/rules.json' } });
  client = new GraphQLClient(api.url);
  generated = await generateYear({ url: api.url, seed: 'e2e-2024', year: 2024, concurrency: 4, log: null });
  report = await reportOf(client, 2024);
}, 180_000);

afterAll(async () => {
  await api?.stop();
});

describe('a made-up 2024, shaped otherwise, read back through the API', () => {
  it('serves the July rule change the generator planned with', async () => {
    const { subsidyRules } = await client.request<{ subsidyRules: { effectiveFrom: string; dailyRateFen: number }[] }>('{ subsidyRules { effectiveFrom dailyRateFen } }');
    expect(subsidyRules.map((r) => [r.effectiveFrom, r.dailyRateFen])).toEqual([['2020-01-01', 10_000], ['2024-07-01', 12_000]]);
  });

  it('shows the profile\'s county table, different from 2023\'s in every part', () => {
    expect(report.county).toMatchObject(profile.figures);
    expect(report.county['budget.balanceFen']).toBe(650_000);
    expect(report.county['nursingSubsidy.viaSunshineFen']).toBe(report.county['nursingSubsidy.issuedFen']);
  });

  it('gives, for the county and for every township, exactly the report the commands sent work out to', () => {
    expect(report.county).toEqual(generated.expected.county);
    expect(Object.fromEntries(report.townships)).toEqual(Object.fromEntries(generated.expected.townships));
    // The county seat's own activity counts for it; the county-wide ones for no township.
    const seat = [...report.townships.entries()].filter(([, f]) => f['activities.count'] === 1);
    expect(seat).toHaveLength(1);
  });

  it('prices stays from July at the new rate, counting both ends, without a notice', async () => {
    const page = await client.request<{ subsidyApplications: { edges: { node: { admittedOn: string; dischargedOn: string; amountFen: number; steps: { kind: string }[] } }[] } }>(
      '{ subsidyApplications(first: 100) { edges { node { admittedOn dischargedOn amountFen steps { kind } } } } }',
    );
    const apps = page.subsidyApplications.edges.map((e) => e.node);
    const days = (a: { admittedOn: string; dischargedOn: string }) => (Date.parse(a.dischargedOn) - Date.parse(a.admittedOn)) / 86_400_000;
    const july = apps.filter((a) => a.admittedOn >= '2024-07-01');
    expect(july.length).toBeGreaterThan(10);
    expect(july.every((a) => a.amountFen === (days(a) + 1) * 12_000)).toBe(true);
    expect(july.some((a) => a.steps.some((s) => s.kind === 'NoticePosted'))).toBe(false);
    const before = apps.filter((a) => a.admittedOn < '2024-07-01' && a.steps.some((s) => s.kind === 'PaymentIssued'));
    expect(before.every((a) => a.amountFen === days(a) * 10_000 && a.steps.some((s) => s.kind === 'NoticePosted'))).toBe(true);
  });

  it('ends the application whose notice drew an objection that held: refused, not paid, not counted', async () => {
    const page = await client.request<{ subsidyApplications: { edges: { node: { id: string; status: string; steps: { kind: string }[] } }[] } }>(
      '{ subsidyApplications(first: 100) { edges { node { id status steps { kind } } } } }',
    );
    const refused = page.subsidyApplications.edges.map((e) => e.node).filter((a) => a.steps.some((s) => s.kind === 'RefusedAfterNotice'));
    expect(refused).toHaveLength(1);
    expect(refused[0]!.status).toBe('rejected');
    expect(refused[0]!.steps.map((s) => s.kind)).not.toContain('PaymentIssued');
    const counted = report.county['nursingSubsidy.personTimes'];
    expect(counted).toBe(profile.figures['nursingSubsidy.personTimes']);
  });

  it('scores the 2024 targets against the 2024 figures', () => {
    const byId = new Map(report.targets.map((t) => [t.indicatorId, t]));
    // 66,000 of 72,000 元: 91.67 %, of 25 points.
    expect(byId.get('nursing-subsidy-amount')).toMatchObject({ actual: 6_600_000, completionBp: 9167, score: 2292 });
    expect(byId.get('care-fund-spent')).toMatchObject({ actual: 7_350_000, completionBp: 9188 });
    expect(byId.get('insurance-enrolled')).toMatchObject({ actual: 548, completionBp: 10_000, score: 2000 });
    // An indicator the report has no figure for is not scored.
    expect(byId.get('advanced-units')).toMatchObject({ actual: null, score: null });
  });

  it('counts the 2023 giving the generator recorded as the previous year, and nothing else in 2023', async () => {
    const previous = await reportOf(client, 2023);
    expect(previous.county['donations.totalFen']).toBe(profile.figures['donations.previousYearTotalFen']);
    expect(previous.county['nursingSubsidy.personTimes']).toBe(0);
    expect(previous.county['visits.count']).toBe(0);
  });

  it('refuses to write another county (seed) into this store, before sending anything', async () => {
    const head = await client.headPosition();
    await expect(generateYear({ url: api.url, seed: 'another-county', year: 2024, concurrency: 4, log: null })).rejects.toThrow(/not year 2024 of seed "another-county".*empty data directory/);
    expect(await client.headPosition()).toBe(head);
  });
});
