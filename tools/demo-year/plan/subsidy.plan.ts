import { computeSubsidy, type SubsidyRules } from '@careledger/domain-nursing-subsidy';
import { addDays, dayIn, periodOf } from '../civil-days';
import type { SeededRandom } from '../seeded-random';
import { YEAR_FIGURES } from '../year-figures';
import type { Person } from './people';

/** Where an application ends the year: counted ones reach a payment issued in the year. */
export type SubsidyEnd =
  | 'settled' | 'paid' | 'issued' | 'reissuedSettled'
  | 'rejected' | 'withdrawn' | 'returned' | 'applied' | 'townshipApproved' | 'countyApproved' | 'noticePosted' | 'failed';

export interface PlannedApplication {
  readonly n: number;
  readonly applicationId: string;
  readonly person: Person;
  readonly hospitalName: string;
  readonly hospitalGrade: string;
  readonly diagnosisCategory: string;
  readonly admittedOn: string;
  readonly dischargedOn: string;
  readonly amountFen: number;
  readonly sunshine: boolean;
  /** Returned once for missing papers, then supplemented. */
  readonly returnedFirst: boolean;
  readonly end: SubsidyEnd;
}

const HOSPITALS = [
  ['辰溪县人民医院', 'LEVEL_2A'], ['辰溪县中医医院', 'LEVEL_2A'], ['辰溪县第二人民医院', 'LEVEL_2B'],
  ['怀化市第一人民医院', 'LEVEL_3A'], ['怀化市中医医院', 'LEVEL_3A'], ['湖南医药学院第一附属医院', 'LEVEL_3A'], ['中南大学湘雅医院', 'LEVEL_3A'],
] as const;
const DIAGNOSES = ['CARDIO_CEREBROVASCULAR', 'CARDIO_CEREBROVASCULAR', 'MALIGNANT_TUMOUR', 'MALIGNANT_TUMOUR', 'ORGAN_FAILURE', 'OTHER_SERIOUS_ILLNESS', 'SEVERE_INJURY', 'SEVERE_MENTAL_ILLNESS'];

interface Group {
  readonly fen: number;
  readonly count: number;
  readonly sunshine: boolean;
  readonly admitted: readonly [string, string];
  readonly ends: (i: number) => SubsidyEnd;
}

/** The rule set in force for a stay admitted on `date` (the latest one starting on or before it). */
export function rulesOn(ruleSets: readonly SubsidyRules[], date: string): SubsidyRules {
  const rules = [...ruleSets].filter((r) => r.effectiveFrom <= date).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  if (!rules) throw new Error(`no nursing-subsidy rule set covers ${date}`);
  return rules;
}

/**
 * The year's applications. Counted ones (payment issued in the year) fall in four groups whose
 * amounts add up to the seed report's figures: before the sunshine system (settled / awaiting
 * reimbursement) and through it (settled / awaiting). Stay lengths are whole days at the
 * configured daily rate, one stay per patient, so no cap applies; computeSubsidy confirms it.
 * Ten more applications end elsewhere (rejected, withdrawn, returned, still in review, a failed
 * payment not yet reissued) and must not count.
 */
export function planApplications(rng: SeededRandom, ruleSets: readonly SubsidyRules[], patients: readonly Person[], year: number, applicationId: (n: number) => string): PlannedApplication[] {
  const y = (md: string) => `${year}-${md}`;
  const awaitingBefore = 400_000;
  const awaitingVia = YEAR_FIGURES['nursingSubsidy.awaitingReimbursementFen'] - awaitingBefore;
  const settledVia = YEAR_FIGURES['nursingSubsidy.viaSunshineFen'] - awaitingVia;
  const settledBefore = YEAR_FIGURES['nursingSubsidy.paidOutFen'] - settledVia;
  const groups: Group[] = [
    { fen: settledBefore, count: 20, sunshine: false, admitted: [y('01-05'), y('04-30')], ends: (i) => (i === 0 ? 'reissuedSettled' : 'settled') },
    { fen: awaitingBefore, count: 3, sunshine: false, admitted: [y('04-01'), y('05-15')], ends: () => 'paid' },
    { fen: settledVia, count: 25, sunshine: true, admitted: [y('05-20'), y('08-31')], ends: () => 'settled' },
    { fen: awaitingVia, count: YEAR_FIGURES['nursingSubsidy.personTimes'] - 48, sunshine: true, admitted: [y('08-20'), y('10-10')], ends: (i) => (i % 5 < 3 ? 'paid' : 'issued') },
  ];
  const others: readonly [SubsidyEnd, string, string][] = [
    ['rejected', y('03-01'), y('06-30')], ['rejected', y('07-01'), y('09-30')], ['withdrawn', y('02-01'), y('05-31')], ['withdrawn', y('06-01'), y('09-30')],
    ['returned', y('11-01'), y('11-20')], ['applied', y('11-20'), y('12-05')], ['townshipApproved', y('11-01'), y('11-20')],
    ['countyApproved', y('11-01'), y('11-15')], ['noticePosted', y('10-20'), y('11-10')], ['failed', y('09-20'), y('10-15')],
  ];
  const total = groups.reduce((n, g) => n + g.count, 0) + others.length;
  if (patients.length < total) throw new Error('not enough patients for the applications');
  const out: PlannedApplication[] = [];
  const plan = (end: SubsidyEnd, days: number, admittedOn: string, sunshine: boolean) => {
    const n = out.length;
    const rules = rulesOn(ruleSets, admittedOn);
    const hospitals = HOSPITALS.filter(([, grade]) => rules.eligibleGrades.includes(grade));
    const [hospitalName, hospitalGrade] = rng.pick(hospitals.length > 0 ? hospitals : HOSPITALS);
    const dischargedOn = addDays(admittedOn, rules.dayCounting === 'BOTH_ENDS' ? days - 1 : days);
    const { amountFen } = computeSubsidy({ rules, admittedOn, dischargedOn });
    out.push({ n, applicationId: applicationId(n), person: patients[n]!, hospitalName, hospitalGrade, diagnosisCategory: rng.pick(DIAGNOSES), admittedOn, dischargedOn, amountFen, sunshine, returnedFirst: end === 'settled' && n % 9 === 4, end });
  };
  for (const [g, group] of groups.entries()) {
    const rate = rulesOn(ruleSets, group.admitted[0]).dailyRateFen;
    if (group.fen % rate !== 0) throw new Error(`the daily rate ${rate} fen does not divide ${group.fen} fen: choose other rules or figures`);
    const stayCap = rulesOn(ruleSets, group.admitted[0]).capPerStayDays ?? 25;
    const days = rng.partition(group.fen / rate, group.count, 5, Math.min(25, stayCap));
    days.forEach((d, i) => {
      // One stay of the first group began in the December before: paid in the year, so it counts.
      const admittedOn = g === 0 && i === 1 ? `${year - 1}-12-${rng.int(18, 22)}` : dayIn(rng, group.admitted[0], group.admitted[1]);
      plan(group.ends(i), d, admittedOn, group.sunshine);
    });
  }
  for (const [end, from, to] of others) plan(end, rng.int(5, 20), dayIn(rng, from, to), end === 'failed');
  const counted = out.filter((a) => isCounted(a.end));
  const issued = counted.reduce((s, a) => s + a.amountFen, 0);
  if (issued !== YEAR_FIGURES['nursingSubsidy.issuedFen']) {
    throw new Error(`the configured caps change the amounts (issued ${issued} fen): the rules allow no exact 2023 figures`);
  }
  return out;
}

export const isCounted = (end: SubsidyEnd): boolean => ['settled', 'paid', 'issued', 'reissuedSettled'].includes(end);

/** The one-card batch of a payment issued on `date` (two batches a month; a reissue gets its own). */
export const batchOf = (date: string, reissue = false): string => `YKT-${periodOf(date)}-${Number(date.slice(8)) > 15 ? '02' : '01'}${reissue ? 'R' : ''}`;
