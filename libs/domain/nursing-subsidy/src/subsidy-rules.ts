import {
  assertCivilDate,
  assertFen,
  compareCivilDates,
  requireOneOf,
  validationFailed,
} from '@careledger/domain-kernel';
import type { DayCounting, HospitalGrade } from './nursing-subsidy.vocabulary';
import { DAY_COUNTING_CONVENTIONS, HOSPITAL_GRADES } from './nursing-subsidy.vocabulary';

/**
 * One effective-dated rule set of the nursing-subsidy programme. The rate and caps differ by
 * province and year (domain.md §4, §8), so they live in configuration: the application handler
 * loads every rule set and passes them on the command; the decider picks the one in force.
 */
export type SubsidyRules = {
  /** Civil date from which this rule set applies (to stays ADMITTED on or after it). */
  readonly effectiveFrom: string;
  readonly dailyRateFen: number;
  readonly dayCounting: DayCounting;
  /** At most this many counted days per hospital stay. Absent = no per-stay cap. */
  readonly capPerStayDays?: number;
  /** Per person and calendar year; husband and wife each have their own. Absent = no cap. */
  readonly capPerPersonPerYearDays?: number;
  readonly capPerPersonPerYearFen?: number;
  /** Whether a public notice (公示) must hang between county approval and payment. */
  readonly noticeRequired: boolean;
  /** Length of the notice in days; used only when `noticeRequired`. */
  readonly noticeDays: number;
  readonly eligibleGrades: readonly HospitalGrade[];
};

/**
 * EXAMPLE ONLY, NOT HUNAN'S RULES: domain.md §4 quotes another province (100 元/day, at most
 * 90 days a year). Hunan's actual rate, caps and eligible grades were not found (§8); replace
 * this with the configured rule sets before real use.
 */
export const EXAMPLE_SUBSIDY_RULES: SubsidyRules = Object.freeze({
  effectiveFrom: '2020-01-01',
  dailyRateFen: 100_00,
  dayCounting: 'DISCHARGE_MINUS_ADMISSION',
  capPerPersonPerYearDays: 90,
  noticeRequired: true,
  noticeDays: 7,
  eligibleGrades: Object.freeze(['LEVEL_3A', 'LEVEL_3B', 'LEVEL_2A', 'LEVEL_2B', 'LEVEL_1'] as const),
});

/**
 * The rule set in force on `onDate` (the latest `effectiveFrom` not after it), after validating
 * every rule set; throws VALIDATION_FAILED (field 'ruleSets') when none is, or when two start on
 * the same day (the configuration would be ambiguous).
 *
 * @example selectRules([rules2020, rules2024], '2023-12-25') // rules2020
 */
export function selectRules(ruleSets: readonly SubsidyRules[], onDate: string): SubsidyRules {
  assertCivilDate('onDate', onDate);
  const valid = ruleSets.map((rules, i) => validateSubsidyRules(rules, `ruleSets[${i}]`));
  const starts = new Set(valid.map((rules) => rules.effectiveFrom));
  if (starts.size !== valid.length) {
    throw validationFailed('ruleSets', 'two rule sets take effect on the same day', { rule: 'ambiguous' });
  }
  let inForce: SubsidyRules | null = null;
  for (const rules of valid) {
    if (compareCivilDates(rules.effectiveFrom, onDate) > 0) continue;
    if (inForce === null || compareCivilDates(rules.effectiveFrom, inForce.effectiveFrom) > 0) {
      inForce = rules;
    }
  }
  if (inForce === null) {
    throw validationFailed('ruleSets', `no subsidy rule set is in force on ${onDate}`, { onDate });
  }
  return inForce;
}

/** Returns the rule set unchanged, or throws VALIDATION_FAILED naming `<prefix>.<field>`. */
export function validateSubsidyRules(rules: SubsidyRules, prefix = 'rules'): SubsidyRules {
  const field = (name: string): string => `${prefix}.${name}`;
  assertCivilDate(field('effectiveFrom'), rules.effectiveFrom);
  assertFen(field('dailyRateFen'), rules.dailyRateFen);
  requireOneOf(field('dayCounting'), rules.dayCounting, DAY_COUNTING_CONVENTIONS);
  for (const cap of ['capPerStayDays', 'capPerPersonPerYearDays', 'capPerPersonPerYearFen'] as const) {
    const value = rules[cap];
    if (value !== undefined && !isCount(value)) {
      throw validationFailed(field(cap), `${cap} must be a whole number ≥ 0`);
    }
  }
  if (typeof rules.noticeRequired !== 'boolean') {
    throw validationFailed(field('noticeRequired'), 'noticeRequired must be true or false');
  }
  if (!isCount(rules.noticeDays) || (rules.noticeRequired && rules.noticeDays < 1)) {
    const message = 'noticeDays must be a whole number, at least 1 when a notice is required';
    throw validationFailed(field('noticeDays'), message);
  }
  if (!Array.isArray(rules.eligibleGrades) || rules.eligibleGrades.length === 0) {
    throw validationFailed(field('eligibleGrades'), 'at least one hospital grade must be eligible');
  }
  rules.eligibleGrades.forEach((grade) => requireOneOf(field('eligibleGrades'), grade, HOSPITAL_GRADES));
  return rules;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
