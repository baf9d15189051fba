import { SEED_REPORT_2023_FIGURES, SEED_REPORT_2023_TARGETS, type SeedReportFigures, type SeedReportTarget } from '@careledger/seed-report';

/** The report figures a generated year is built to show for the county, in fen and counts. */
export type YearFigures = { readonly [K in keyof SeedReportFigures]: number };
export type FigureKey = keyof YearFigures;

/** Where an application ends the year: counted ones reach a payment issued in the year. */
export type SubsidyEnd =
  | 'settled' | 'paid' | 'issued' | 'reissuedSettled'
  | 'rejected' | 'withdrawn' | 'returned' | 'applied' | 'townshipApproved' | 'countyApproved' | 'noticePosted' | 'failed'
  /** The notice drew an objection that held: the county refused payment (公示后不予发放). */
  | 'refusedAfterNotice';

export type VisitType = 'HOLIDAY' | 'HOME' | 'BIRTHDAY' | 'HOSPITAL' | 'EMERGENCY' | 'COUNSELLING' | 'NEEDS_SURVEY';

/** Month-day, 'MM-DD', placed in the generated year. */
type MonthDay = string;

/**
 * Applications whose payments are issued in the year, `count` of them adding up to `fen`: all
 * through the sunshine system or none, admitted in one window (inside one subsidy rule set, so one
 * daily rate divides the total), each ending as `ends(i)` says.
 */
export interface SubsidyGroup {
  readonly fen: number;
  readonly count: number;
  readonly sunshine: boolean;
  readonly admitted: readonly [MonthDay, MonthDay];
  readonly ends: (i: number) => SubsidyEnd;
  /** The group's second stay began in the December before (paid in the year, so it counts). */
  readonly oneStayFromDecemberBefore?: boolean;
}

export interface ActivitySpec {
  readonly on: readonly [MonthDay, MonthDay];
  readonly topic: string;
  readonly attendees: number;
  /** Held for one township (the county seat) rather than the whole county. */
  readonly inCountySeat: boolean;
}

/**
 * One year for the generator: the county figures its report must show and the shape of the work
 * behind them (how subsidies split, how claims and visits go, which funds and donations). The
 * plan is built from a profile; `expectedReport` recomputes the report from the planned commands
 * alone, and the tests hold both the profile and the running API to it.
 */
export interface YearProfile {
  readonly year: number;
  readonly description: string;
  /** The year whose county this one continues (its families and giving), or null for a first year. */
  readonly continues: number | null;
  /** Families opened during a continuing year (a first year plans its own). */
  readonly newFamilies: number;
  readonly figures: YearFigures;
  readonly premiumPerPersonFen: number;
  readonly subsidyGroups: readonly SubsidyGroup[];
  /** Failed payments reissued, duplicates and refusals: applications that must not count. */
  readonly otherApplications: readonly (readonly [SubsidyEnd, MonthDay, MonthDay])[];
  readonly claims: {
    /** Persons among the settled whose second claim was settled too (persons, not claims, are counted). */
    readonly settledTwice: number;
    readonly reported: number;
    readonly documents: number;
    readonly sent: number;
    readonly rejected: number;
    readonly withdrawn: number;
  };
  readonly visits: { readonly holidayRounds: readonly (readonly [MonthDay, MonthDay])[]; readonly singles: readonly VisitType[] };
  readonly activities: readonly ActivitySpec[];
  readonly careFund: { readonly allocatedFirstFen: number; readonly increase: { readonly fen: number; readonly on: MonthDay } | null; readonly firstReceiptFen: number };
  /** `previousYearBatches`: the giving a first year records for the year before it. */
  readonly donations: { readonly bankFen: number; readonly matchingFen: number; readonly previousYearBatches: number };
  readonly targets: readonly SeedReportTarget[];
}

const OTHER_APPLICATIONS: YearProfile['otherApplications'] = [
  ['rejected', '03-01', '06-30'], ['rejected', '07-01', '09-30'], ['withdrawn', '02-01', '05-31'], ['withdrawn', '06-01', '09-30'],
  ['returned', '11-01', '11-20'], ['applied', '11-20', '12-05'], ['townshipApproved', '11-01', '11-20'],
  ['countyApproved', '11-01', '11-15'], ['noticePosted', '10-20', '11-10'], ['failed', '09-20', '10-15'],
];

const HOLIDAY_ROUNDS_2023: readonly (readonly [MonthDay, MonthDay])[] = [['01-09', '01-19'], ['01-09', '01-19'], ['09-20', '09-28'], ['09-20', '09-28'], ['10-17', '10-23'], ['10-17', '10-23']];
const SINGLES_2023: readonly VisitType[] = ['HOME', 'HOME', 'HOME', 'HOME', 'HOME', 'HOME', 'HOME', 'HOME', 'BIRTHDAY', 'BIRTHDAY', 'BIRTHDAY', 'HOSPITAL', 'HOSPITAL', 'HOSPITAL', 'EMERGENCY', 'COUNSELLING', 'COUNSELLING', 'NEEDS_SURVEY'];

/** The seed county's 2023 (辰溪县计生协's published report, domain.md §5). */
function seedYear2023(): YearProfile {
  const f = SEED_REPORT_2023_FIGURES;
  // Four groups of counted payments: before the sunshine system (settled / awaiting
  // reimbursement) and through it (settled / awaiting), adding up to the published figures.
  const awaitingBefore = 400_000;
  const awaitingVia = f['nursingSubsidy.awaitingReimbursementFen'] - awaitingBefore;
  const settledVia = f['nursingSubsidy.viaSunshineFen'] - awaitingVia;
  const settledBefore = f['nursingSubsidy.paidOutFen'] - settledVia;
  return {
    year: 2023,
    description: 'the seed county\'s 2023, as its report published it',
    continues: null,
    newFamilies: 0,
    figures: f,
    premiumPerPersonFen: f['insurance.premiumFen'] / f['insurance.enrolledCount'],
    subsidyGroups: [
      { fen: settledBefore, count: 20, sunshine: false, admitted: ['01-05', '04-30'], ends: (i) => (i === 0 ? 'reissuedSettled' : 'settled'), oneStayFromDecemberBefore: true },
      { fen: awaitingBefore, count: 3, sunshine: false, admitted: ['04-01', '05-15'], ends: () => 'paid' },
      { fen: settledVia, count: 25, sunshine: true, admitted: ['05-20', '08-31'], ends: () => 'settled' },
      { fen: awaitingVia, count: f['nursingSubsidy.personTimes'] - 48, sunshine: true, admitted: ['08-20', '10-10'], ends: (i) => (i % 5 < 3 ? 'paid' : 'issued') },
    ],
    otherApplications: OTHER_APPLICATIONS,
    claims: { settledTwice: 1, reported: 5, documents: 5, sent: f['insurance.claimsInProgress'] - 10, rejected: 3, withdrawn: 2 },
    visits: { holidayRounds: HOLIDAY_ROUNDS_2023, singles: SINGLES_2023 },
    activities: [
      { on: ['05-29', '05-29'], topic: '“5.29”会员活动日暨计生特殊家庭集中慰问', attendees: 16, inCountySeat: false },
      { on: ['10-20', '10-24'], topic: '“情暖重阳”计生特殊家庭集中关怀活动', attendees: 14, inCountySeat: false },
    ],
    careFund: { allocatedFirstFen: f['funds.careActionAllocatedFen'] - 1_000_000, increase: { fen: 1_000_000, on: '04-10' }, firstReceiptFen: 4_000_000 },
    donations: { bankFen: 500_000, matchingFen: 1_500_000, previousYearBatches: 10 },
    targets: SEED_REPORT_2023_TARGETS,
  };
}

/**
 * A made-up 2024 of the same county (its families, eight new ones, the dead of 2023 left out),
 * shaped otherwise, so that nothing can pass by knowing 2023: every payment goes
 * through the sunshine system, two failed payments are reissued, a rule change on 1 July can
 * change the rate and drop the notice (the generator follows whatever rules the API serves), two
 * claimants settle twice, three activities (one held by the county seat) overlap in attendance,
 * the care-action fund is not spent out (a balance remains), no bank gift and no matching funds.
 */
function madeUpYear2024(): YearProfile {
  const groups: SubsidyGroup[] = [
    { fen: 3_600_000, count: 30, sunshine: true, admitted: ['01-05', '05-31'], ends: (i) => (i < 2 ? 'reissuedSettled' : 'settled') },
    { fen: 240_000, count: 2, sunshine: true, admitted: ['02-01', '03-31'], ends: () => 'paid' },
    // Multiples of 60,000 fen: divisible by a 100 元 or a 120 元 daily rate, whichever is in force from July.
    { fen: 1_680_000, count: 12, sunshine: true, admitted: ['07-01', '08-31'], ends: () => 'settled' },
    { fen: 1_080_000, count: 9, sunshine: true, admitted: ['09-01', '10-15'], ends: (i) => (i % 3 === 0 ? 'issued' : 'paid') },
  ];
  const issued = groups.reduce((s, g) => s + g.fen, 0);
  const settled = groups[0]!.fen + groups[2]!.fen;
  const enrolled = 548;
  const premium = 16_000;
  const careAllocated = 8_000_000;
  const careSpent = 7_350_000;
  const personnel = 56_640_000;
  const publicFen = 35_760_000;
  const basic = personnel + publicFen;
  return {
    year: 2024,
    description: 'a made-up 2024 of the same county, shaped otherwise than the seed year',
    continues: 2023,
    newFamilies: 8,
    figures: {
      'nursingSubsidy.personTimes': groups.reduce((n, g) => n + g.count, 0),
      'nursingSubsidy.issuedFen': issued,
      'nursingSubsidy.paidOutFen': settled,
      'nursingSubsidy.awaitingReimbursementFen': issued - settled,
      'nursingSubsidy.viaSunshineFen': issued,
      'insurance.enrolledCount': enrolled,
      'insurance.premiumFen': enrolled * premium,
      'insurance.claimsSettledPersons': 25,
      'insurance.claimsSettledFen': 2_456_780,
      'insurance.claimsInProgress': 9,
      'visits.count': 30,
      'visits.personTimes': 150,
      'visits.homeVisitCount': 30,
      'activities.count': 3,
      'activities.distinctPersons': 38,
      'funds.careActionAllocatedFen': careAllocated,
      'funds.careActionSpentFen': careSpent,
      'budget.incomeFen': basic + careAllocated,
      'budget.basicFen': basic,
      'budget.personnelFen': personnel,
      'budget.publicFen': publicFen,
      'budget.specialFen': careSpent,
      'budget.personnelShareBp': 6130,
      'budget.publicShareBp': 3870,
      'budget.balanceFen': careAllocated - careSpent,
      'donations.totalFen': 5_320_450,
      // The giving 2023 recorded.
      'donations.previousYearTotalFen': SEED_REPORT_2023_FIGURES['donations.totalFen'],
    },
    premiumPerPersonFen: premium,
    subsidyGroups: groups,
    // 2024's notice once drew an objection that held (before July, while notices were required).
    otherApplications: [...OTHER_APPLICATIONS, ['refusedAfterNotice', '03-01', '05-31']],
    claims: { settledTwice: 2, reported: 3, documents: 2, sent: 4, rejected: 1, withdrawn: 3 },
    visits: {
      holidayRounds: [['02-01', '02-08'], ['09-10', '09-16'], ['10-08', '10-12'], ['10-08', '10-12']],
      singles: ['HOME', 'HOME', 'HOME', 'HOME', 'HOME', 'HOME', 'HOME', 'HOME', 'HOME', 'HOME', 'HOME', 'HOME', 'BIRTHDAY', 'BIRTHDAY', 'BIRTHDAY', 'BIRTHDAY', 'HOSPITAL', 'HOSPITAL', 'HOSPITAL', 'HOSPITAL', 'EMERGENCY', 'EMERGENCY', 'COUNSELLING', 'COUNSELLING', 'COUNSELLING', 'NEEDS_SURVEY'],
    },
    activities: [
      { on: ['04-10', '04-12'], topic: '“春暖家园”计生特殊家庭健康义诊', attendees: 20, inCountySeat: false },
      { on: ['05-29', '05-29'], topic: '“5.29”会员活动日集中慰问', attendees: 15, inCountySeat: true },
      { on: ['10-11', '10-11'], topic: '“情暖重阳”集中关怀活动', attendees: 12, inCountySeat: false },
    ],
    careFund: { allocatedFirstFen: careAllocated, increase: null, firstReceiptFen: 5_000_000 },
    donations: { bankFen: 0, matchingFen: 0, previousYearBatches: 0 },
    // The seed's indicators with other values and weights; no 会员之家 project this year.
    targets: SEED_REPORT_2023_TARGETS.flatMap((t) => {
      const change = TARGETS_2024[t.indicatorId];
      return change ? [{ ...t, ...change }] : [];
    }),
  };
}

const TARGETS_2024: Readonly<Record<string, { readonly value: number; readonly weight: number }>> = {
  'nursing-subsidy-amount': { value: 7_200_000, weight: 25 },
  'insurance-enrolled': { value: 548, weight: 20 },
  'home-visits': { value: 28, weight: 15 },
  'collective-activities': { value: 3, weight: 10 },
  'publicity-events': { value: 2, weight: 5 },
  'care-fund-spent': { value: 8_000_000, weight: 15 },
  'advanced-units': { value: 12, weight: 10 },
};

export const YEAR_PROFILES: ReadonlyMap<number, YearProfile> = new Map([seedYear2023(), madeUpYear2024()].map((p) => [p.year, p]));

export function profileOf(year: number): YearProfile {
  const profile = YEAR_PROFILES.get(year);
  if (!profile) throw new Error(`--year: the generator knows ${[...YEAR_PROFILES.keys()].join(' and ')} (${year} has no profile)`);
  return profile;
}
