import { EXAMPLE_SUBSIDY_RULES, type SubsidyRules } from '@careledger/domain-nursing-subsidy';
import { SEED_REPORT_2023_FIGURES } from '@careledger/seed-report';
import { isResidentId } from '@careledger/domain-kernel';
import { parseArgs } from './cli-args';
import { expectedReport, scriptOf } from './expected-report';
import { planYear, type YearPlanInput } from './plan/year.plan';
import type { PlannedPhase } from './planned-command';
import { SeededRandom } from './seeded-random';
import { profileOf } from './year-profile';

const input: YearPlanInput = {
  seed: 'spec-seed',
  profile: profileOf(2023),
  townships: [
    { code: 'CY', name: '辰阳镇' }, { code: 'XP', name: '孝坪镇' }, { code: 'HMC', name: '火马冲镇' }, { code: 'HXK', name: '黄溪口镇' },
    { code: 'TW', name: '潭湾镇' }, { code: 'AP', name: '安坪镇' }, { code: 'XX', name: '修溪镇' }, { code: 'JB', name: '锦滨镇' },
    { code: 'SX', name: '柿溪乡' }, { code: 'HT', name: '后塘瑶族乡' }, { code: 'SPX', name: '上蒲溪瑶族乡' }, { code: 'LZS', name: '罗子山瑶族乡' },
  ],
  users: [
    { id: 'caseworker-cy', name: '刘芳', role: 'caseworker', township: 'CY' },
    { id: 'caseworker-xp', name: '李梅', role: 'caseworker', township: 'XP' },
    { id: 'county-officer', name: '王军', role: 'county_officer', township: null },
  ],
  subsidyRules: [EXAMPLE_SUBSIDY_RULES],
  withDonations: true,
};

const resolved = scriptOf;
const commands = (mutation: string, phases: readonly PlannedPhase[]) => resolved(phases).filter((c) => c.mutation === mutation);
const sum = (values: readonly unknown[]) => values.reduce<number>((s, v) => s + Number(v), 0);

describe('planYear (pure)', () => {
  const plan = planYear(input);
  const all = resolved(plan.phases);

  it('is deterministic: the same seed plans the same commands, another seed other ones', () => {
    expect(resolved(planYear(input).phases)).toEqual(all);
    expect(resolved(planYear({ ...input, seed: 'other' }).phases)).not.toEqual(all);
  });

  it('gives every step its own key (the command id derives from it)', () => {
    expect(new Set(all.map((c) => c.key)).size).toBe(all.length);
  });

  it('registers members with valid, unique resident ids and insures exactly 560 of them, not all', () => {
    const members = commands('registerMember', plan.phases);
    expect(members.every((m) => isResidentId(String(m.input['idNumber'])))).toBe(true);
    expect(new Set(members.map((m) => m.input['idNumber'])).size).toBe(members.length);
    expect(commands('enrolMember', plan.phases)).toHaveLength(560);
    expect(members.length).toBeGreaterThan(560);
  });

  it('issues payments adding up to the seed figures and settles 58,200 元 of them', () => {
    const issued = commands('issueSubsidyPayment', plan.phases);
    const failed = new Set(commands('recordSubsidyPaymentFailure', plan.phases).map((c) => c.input['applicationId']));
    const reissued = new Set(commands('reissueSubsidyPayment', plan.phases).map((c) => c.input['applicationId']));
    const counted = issued.filter((c) => !failed.has(c.input['applicationId']) || reissued.has(c.input['applicationId']));
    expect(counted).toHaveLength(69);
    expect(sum(counted.map((c) => c.input['amountFen']))).toBe(8_920_000);
    const settled = new Set(commands('settleSubsidyReimbursement', plan.phases).map((c) => c.input['applicationId']));
    expect(sum(counted.filter((c) => settled.has(c.input['applicationId'])).map((c) => c.input['amountFen']))).toBe(5_820_000);
  });

  it('settles claims for 13,791.60 元 and spends the care-action fund to the fen', () => {
    expect(sum(commands('settleClaim', plan.phases).map((c) => c.input['amountFen']))).toBe(1_379_160);
    const visits = commands('recordVisit', plan.phases);
    const voided = new Set(commands('voidVisit', plan.phases).map((c) => c.input['visitId']));
    const kept = visits.filter((v) => !voided.has(v.input['visitId']));
    expect(kept).toHaveLength(24);
    expect(sum(kept.map((v) => (v.input['personsReached'] as unknown[]).length))).toBe(126);
    const special = commands('recordExpenditure', plan.phases).filter((c) => c.input['category'] === 'SPECIAL');
    const activities = commands('holdActivity', plan.phases);
    expect(sum([...kept, ...activities].map((c) => c.input['cashAidFen'])) + sum(special.map((c) => c.input['amountFen']))).toBe(7_000_000);
  });

  it('dates every step of an application on its own day, in order (applied after discharge, before review)', () => {
    const steps = resolved(plan.phases).filter((c) => typeof c.input['applicationId'] === 'string' && c.key.startsWith('subsidy:'));
    const byApp = new Map<unknown, string[]>();
    for (const c of steps) {
      const day = ['businessDate', 'postedOn', 'closedOn', 'submittedOn', 'issuedOn', 'failedOn', 'paidOn', 'settledOn'].map((f) => c.input[f]).find((v) => typeof v === 'string');
      if (day) byApp.set(c.input['applicationId'], [...(byApp.get(c.input['applicationId']) ?? []), String(day)]);
    }
    const applied = commands('applyForSubsidy', plan.phases);
    expect(applied.every((a) => String(a.input['businessDate']) > String(a.input['dischargedOn']))).toBe(true);
    for (const days of byApp.values()) expect(days).toEqual([...days].sort());
  });

  it('acts as the township caseworker where there is one, else as the county officer', () => {
    const opens = commands('openCase', plan.phases);
    expect(opens.filter((o) => o.input['township'] === 'XP').every((o) => o.actor === 'caseworker-xp')).toBe(true);
    expect(opens.filter((o) => o.input['township'] === 'HMC').every((o) => o.actor === 'county-officer')).toBe(true);
  });

  it('leaves the donations out when the API has no donation mutations', () => {
    expect(commands('recordDonation', planYear({ ...input, withDonations: false }).phases)).toHaveLength(0);
    expect(commands('recordDonation', plan.phases).length).toBeGreaterThan(0);
  });
});

/** A rule change on 1 July: 120 元 a day counting both ends, at most 20 days a stay, no notice. */
const JULY_RULES: SubsidyRules = { ...EXAMPLE_SUBSIDY_RULES, effectiveFrom: '2024-07-01', dailyRateFen: 12_000, dayCounting: 'BOTH_ENDS', capPerStayDays: 20, noticeRequired: false, noticeDays: 0 };

describe('expectedReport: the report worked out from the planned commands', () => {
  it('gives the seed report\'s whole 2023 table for the 2023 plan', () => {
    expect(expectedReport(planYear(input).phases, 2023).county).toMatchObject(SEED_REPORT_2023_FIGURES);
  });

  it.each([
    ['the example rules', [EXAMPLE_SUBSIDY_RULES]],
    ['a rule change on 1 July', [EXAMPLE_SUBSIDY_RULES, JULY_RULES]],
  ])('gives the made-up 2024 profile\'s table for its plan under %s', (_, subsidyRules) => {
    const profile = profileOf(2024);
    const plan = planYear({ ...input, seed: 'spec-2024', profile, subsidyRules });
    expect(expectedReport(plan.phases, 2024).county).toMatchObject(profile.figures);
  });

  it.each(['chenxi-2023', 'a', 'b', 'c', 'd', 'e'])('plans both years to their figures for seed "%s" (the default seed included)', (seed) => {
    for (const year of [2023, 2024]) {
      const profile = profileOf(year);
      expect(expectedReport(planYear({ ...input, seed, profile }).phases, year).county).toMatchObject(profile.figures);
    }
  });

  it('shapes 2024 otherwise: a balance left, no bank gift or matching, a township activity, two persons settled twice', () => {
    const plan = planYear({ ...input, seed: 'spec-2024', profile: profileOf(2024), subsidyRules: [EXAMPLE_SUBSIDY_RULES, JULY_RULES] });
    const expected = expectedReport(plan.phases, 2024);
    expect(expected.county['budget.balanceFen']).toBeGreaterThan(0);
    const donations = commands('recordDonation', plan.phases).filter((d) => d.input['year'] === 2024);
    expect(donations.length).toBeGreaterThan(0);
    expect(donations.filter((d) => d.input['channel'] === 'BANK' || Number(d.input['matchingFen']) > 0)).toEqual([]);
    expect(commands('holdActivity', plan.phases).filter((a) => a.input['township'] === 'CY')).toHaveLength(1);
    expect(expected.townships.get('CY')!['activities.count']).toBe(1);
    const settled = commands('settleClaim', plan.phases).length;
    expect(settled - expected.county['insurance.claimsSettledPersons']!).toBe(2);
    // Stays admitted from July follow the July rules: no notice, both ends counted.
    const noticed = new Set(commands('postSubsidyNotice', plan.phases).map((c) => c.input['applicationId']));
    const applied = commands('applyForSubsidy', plan.phases);
    expect(applied.filter((a) => String(a.input['admittedOn']) >= '2024-07-01' && noticed.has(a.input['applicationId']))).toEqual([]);
    expect(applied.filter((a) => String(a.input['admittedOn']) < '2024-07-01' && noticed.has(a.input['applicationId'])).length).toBeGreaterThan(0);
  });

  it('gives every profile 100 points of indicators, each measured by a report figure or knowingly unmeasured', () => {
    for (const year of [2023, 2024]) {
      const { targets } = profileOf(year);
      expect(targets.reduce((s, t) => s + t.weight, 0)).toBe(100);
      expect(targets.filter((t) => !(t.sourceQuery in SEED_REPORT_2023_FIGURES)).map((t) => t.sourceQuery).sort()).toEqual(
        year === 2023 ? ['activities.publicityCount', 'awards.collectiveCount', 'projects.membersHomeCount'] : ['activities.publicityCount', 'awards.collectiveCount'],
      );
    }
  });

  it('continues the county of 2023 in 2024: its families and giving re-sent under 2023\'s command ids, eight new families, the dead left out', () => {
    const first = planYear(input);
    const next = planYear({ ...input, profile: profileOf(2024) });
    const firstOpen = commands('openCase', first.phases);
    const nextOpen = scriptOf(next.phases).filter((c) => c.mutation === 'openCase');
    const nextOpenYears = next.phases.flatMap((p) => p.tasks.flat()).filter((c) => c.mutation === 'openCase').map((c) => c.year ?? 2024);
    expect(nextOpen.slice(0, firstOpen.length)).toEqual(firstOpen);
    expect(nextOpenYears.filter((y) => y === 2023)).toHaveLength(firstOpen.length);
    expect(nextOpen.slice(firstOpen.length).map((c) => String(c.input['openedOn']).slice(0, 4))).toEqual(Array(8).fill('2024'));
    // 2023's dead: recorded again (as 2023's command), then in nothing of 2024.
    const died = commands('recordMemberDeath', first.phases)[0]!.input['personId'];
    const deaths = scriptOf(next.phases).filter((c) => c.mutation === 'recordMemberDeath').map((c) => c.input['personId']);
    expect(deaths).toContain(died);
    expect(deaths).toHaveLength(2);
    const named = JSON.stringify(scriptOf(next.phases).filter((c) => c.mutation !== 'registerMember' && c.mutation !== 'recordMemberDeath').map((c) => c.input));
    expect(named).not.toContain(String(died));
    // The giving of 2023, as 2023 sent it.
    expect(commands('recordDonation', next.phases).filter((c) => c.input['year'] === 2023)).toEqual(commands('recordDonation', first.phases).filter((c) => c.input['year'] === 2023));
    // Every step is one command: (key, year) names it.
    const steps = next.phases.flatMap((p) => p.tasks.flat()).map((c) => `${c.year ?? 2024}/${c.key}`);
    expect(new Set(steps).size).toBe(steps.length);
  });

  it('splits the county\'s own figures over the townships without losing or doubling any', () => {
    const expected = expectedReport(planYear(input).phases, 2023);
    const townships = [...expected.townships.values()];
    for (const key of ['nursingSubsidy.issuedFen', 'insurance.enrolledCount', 'insurance.claimsSettledFen', 'visits.personTimes'] as const) {
      expect(townships.reduce((s, t) => s + t[key]!, 0)).toBe(expected.county[key]);
    }
    // County-wide activities belong to no township; the funds, budget and donations to the county only.
    expect(townships.reduce((s, t) => s + t['activities.count']!, 0)).toBe(0);
    expect(townships.every((t) => t['budget.incomeFen'] === undefined)).toBe(true);
  });

  it('leaves out what did not happen in the year: a failed payment, a voided visit, a reversed bill', () => {
    const plan = planYear(input);
    const script = resolved(plan.phases);
    expect(script.some((c) => c.mutation === 'recordSubsidyPaymentFailure')).toBe(true);
    const county = expectedReport(plan.phases, 2023).county;
    // Forgetting the reversal would double the June bill.
    const withoutReversal = plan.phases.map((p) => ({ ...p, tasks: p.tasks.map((t) => t.filter((c) => c.mutation !== 'reverseExpenditure')) }));
    expect(expectedReport(withoutReversal, 2023).county['budget.publicFen']).toBeGreaterThan(county['budget.publicFen']!);
    expect(expectedReport(plan.phases, 2022).county['visits.count']).toBe(0);
  });
});

describe('SeededRandom.partition', () => {
  it('splits a total exactly within bounds', () => {
    const parts = new SeededRandom('p').partition(1_379_160, 19, 20_000, 200_000);
    expect(sum(parts)).toBe(1_379_160);
    expect(parts.every((p) => p >= 20_000 && p <= 200_000)).toBe(true);
  });
});

describe('parseArgs', () => {
  it('has defaults and reads --name value and --name=value', () => {
    expect(parseArgs([])).toEqual({ url: 'http://localhost:3000/graphql', seed: 'chenxi-2023', year: 2023, concurrency: 4 });
    expect(parseArgs(['--seed', 'x', '--url=http://h:1/graphql'])).toMatchObject({ seed: 'x', url: 'http://h:1/graphql' });
  });

  it('refuses unknown options, missing values and other years', () => {
    expect(() => parseArgs(['--sead', 'x'])).toThrow('unknown option --sead');
    expect(() => parseArgs(['--seed'])).toThrow('--seed needs a value');
    expect(() => parseArgs(['--year', '2022'])).toThrow('--year');
  });
});
