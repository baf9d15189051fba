import { computeSubsidy, type SubsidyRules } from '@careledger/domain-nursing-subsidy';
import { addDays, dayIn, periodOf } from '../civil-days';
import type { SeededRandom } from '../seeded-random';
import type { SubsidyEnd, YearProfile } from '../year-profile';
import type { Person } from './people';

export type { SubsidyEnd } from '../year-profile';

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

/** The rule set in force for a stay admitted on `date` (the latest one starting on or before it). */
export function rulesOn(ruleSets: readonly SubsidyRules[], date: string): SubsidyRules {
  const rules = [...ruleSets].filter((r) => r.effectiveFrom <= date).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  if (!rules) throw new Error(`no nursing-subsidy rule set covers ${date}`);
  return rules;
}

/**
 * The year's applications. Counted ones (payment issued in the year) come in the profile's
 * groups, whose amounts add up to its figures. Stay lengths are whole days at the daily rate in
 * force, one stay per patient, so no yearly cap applies; computeSubsidy confirms the amounts.
 * The profile's other applications end elsewhere (rejected, withdrawn, returned, still in
 * review, a failed payment not yet reissued) and must not count.
 */
export function planApplications(rng: SeededRandom, ruleSets: readonly SubsidyRules[], patients: readonly Person[], profile: YearProfile, applicationId: (n: number) => string): PlannedApplication[] {
  const { year } = profile;
  const y = (md: string) => `${year}-${md}`;
  const total = profile.subsidyGroups.reduce((n, g) => n + g.count, 0) + profile.otherApplications.length;
  if (patients.length < total) throw new Error('not enough patients for the applications');
  const out: PlannedApplication[] = [];
  const plan = (end: SubsidyEnd, days: number, admittedOn: string, sunshine: boolean) => {
    const n = out.length;
    const rules = rulesOn(ruleSets, admittedOn);
    const hospitals = HOSPITALS.filter(([, grade]) => rules.eligibleGrades.includes(grade));
    const [hospitalName, hospitalGrade] = rng.pick(hospitals.length > 0 ? hospitals : HOSPITALS);
    const dischargedOn = addDays(admittedOn, rules.dayCounting === 'BOTH_ENDS' ? days - 1 : days);
    const { amountFen } = computeSubsidy({ rules, admittedOn, dischargedOn });
    // Where the rules in force ask for no notice (公示), an approved application waits for payment instead.
    const reached = (end === 'noticePosted' || end === 'refusedAfterNotice') && !rules.noticeRequired ? 'countyApproved' : end;
    out.push({ n, applicationId: applicationId(n), person: patients[n]!, hospitalName, hospitalGrade, diagnosisCategory: rng.pick(DIAGNOSES), admittedOn, dischargedOn, amountFen, sunshine, returnedFirst: reached === 'settled' && n % 9 === 4, end: reached });
  };
  for (const group of profile.subsidyGroups) {
    const [from, to] = [y(group.admitted[0]), y(group.admitted[1])];
    const rules = rulesOn(ruleSets, from);
    if (rulesOn(ruleSets, to) !== rules) throw new Error(`subsidy rules change between ${from} and ${to}: one group must stay under one rule set`);
    const rate = rules.dailyRateFen;
    if (group.fen % rate !== 0) throw new Error(`the daily rate ${rate} fen does not divide ${group.fen} fen: choose other rules or figures`);
    const days = rng.partition(group.fen / rate, group.count, 5, Math.min(25, rules.capPerStayDays ?? 25));
    days.forEach((d, i) => {
      const admittedOn = group.oneStayFromDecemberBefore && i === 1 ? `${year - 1}-12-${rng.int(18, 22)}` : dayIn(rng, from, to);
      plan(group.ends(i), d, admittedOn, group.sunshine);
    });
  }
  for (const [end, from, to] of profile.otherApplications) plan(end, rng.int(5, 20), dayIn(rng, y(from), y(to)), end === 'failed');
  const issued = out.filter((a) => isCounted(a.end)).reduce((s, a) => s + a.amountFen, 0);
  if (issued !== profile.figures['nursingSubsidy.issuedFen']) {
    throw new Error(`the configured caps change the amounts (issued ${issued} fen): the rules allow no exact ${year} figures`);
  }
  return out;
}

export const isCounted = (end: SubsidyEnd): boolean => ['settled', 'paid', 'issued', 'reissuedSettled'].includes(end);

/** The one-card batch of a payment issued on `date` (two batches a month; a reissue gets its own). */
export const batchOf = (date: string, reissue = false): string => `YKT-${periodOf(date)}-${Number(date.slice(8)) > 15 ? '02' : '01'}${reissue ? 'R' : ''}`;
