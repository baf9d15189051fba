import { assertCivilDate, compareCivilDates, validationFailed } from '@careledger/domain-kernel';
import { addDays, dayNumber, yearOf } from './civil-days';
import type { SubsidyRules } from './subsidy-rules';
import { validateSubsidyRules } from './subsidy-rules';
import type { DayCounting } from './nursing-subsidy.vocabulary';
import { DAY_COUNTING_LABELS } from './nursing-subsidy.vocabulary';

export type SubsidyComputationInput = {
  readonly rules: SubsidyRules;
  readonly admittedOn: string;
  readonly dischargedOn: string;
  /** Days already granted to THIS person by other applications, by calendar year ('2023' → 85). */
  readonly daysAlreadyPaidByYear?: Readonly<Record<string, number>>;
  /** Fen already granted to THIS person by other applications, by calendar year. */
  readonly fenAlreadyPaidByYear?: Readonly<Record<string, number>>;
};

/** The part of a stay that falls in one calendar year, after that year's caps. */
export type SubsidyYearPart = {
  readonly year: number;
  /** First and last counted day of the stay in this year. */
  readonly firstDay: string;
  readonly lastDay: string;
  readonly daysCounted: number;
  /** Days left after the per-stay and per-year day caps. */
  readonly daysPayable: number;
  /** daysPayable × daily rate, then limited by the per-year amount cap. */
  readonly amountFen: number;
};

export const COMPUTATION_STEP_CODES = [
  'RULES',
  'DAYS_COUNTED',
  'YEAR_SPLIT',
  'STAY_CAP',
  'YEAR_DAYS_CAP',
  'YEAR_AMOUNT',
  'YEAR_AMOUNT_CAP',
  'TOTAL',
] as const;
export type ComputationStepCode = (typeof COMPUTATION_STEP_CODES)[number];

/** One line of "how this was computed", in both UI languages, stored with the application. */
export type ComputationStep = {
  readonly code: ComputationStepCode;
  readonly zh: string;
  readonly en: string;
};

export type SubsidyComputation = {
  readonly dayCounting: DayCounting;
  readonly dailyRateFen: number;
  readonly daysCounted: number;
  readonly daysPayable: number;
  readonly amountFen: number;
  /** Chronological; empty when no day counts (a same-day stay counted as discharge − admission). */
  readonly years: readonly SubsidyYearPart[];
  readonly steps: readonly ComputationStep[];
};

/**
 * The subsidy for one stay, purely from the rule set and the person's usage so far.
 *
 * Counted days: with DISCHARGE_MINUS_ADMISSION the days admission … discharge − 1 count (the
 * discharge day does not); with BOTH_ENDS every day admission … discharge counts. Each counted day
 * belongs to its own calendar year, so a stay crossing 31 December is split and each year's caps
 * apply to its part. The per-stay cap is consumed chronologically (earlier days first).
 *
 * @example computeSubsidy({ rules, admittedOn: '2023-03-01', dischargedOn: '2023-03-21' }).amountFen
 */
export function computeSubsidy(input: SubsidyComputationInput): SubsidyComputation {
  const rules = validateSubsidyRules(input.rules);
  const admittedOn = assertCivilDate('admittedOn', input.admittedOn);
  const dischargedOn = assertCivilDate('dischargedOn', input.dischargedOn);
  if (compareCivilDates(admittedOn, dischargedOn) > 0) {
    throw validationFailed('dischargedOn', 'dischargedOn cannot be before admittedOn', { min: admittedOn });
  }
  const rate = rules.dailyRateFen;
  const label = DAY_COUNTING_LABELS[rules.dayCounting];
  const lastCounted = rules.dayCounting === 'BOTH_ENDS' ? dischargedOn : addDays(dischargedOn, -1);
  const daysCounted = Math.max(0, dayNumber(lastCounted) - dayNumber(admittedOn) + 1);
  const steps: ComputationStep[] = [
    step(
      'RULES',
      `适用 ${rules.effectiveFrom} 起施行的规则：每日 ${yuan(rate)} 元，计日方式“${label.zh}”`,
      `Rules in force from ${rules.effectiveFrom}: ${yuan(rate)} yuan a day, counting "${label.en}"`,
    ),
    step(
      'DAYS_COUNTED',
      `住院 ${admittedOn} 至 ${dischargedOn}，计 ${daysCounted} 天`,
      `Stay ${admittedOn} to ${dischargedOn}: ${daysCounted} days counted`,
    ),
  ];

  const slices = daysCounted === 0 ? [] : splitByYear(admittedOn, lastCounted);
  if (slices.length > 1) {
    const zh = slices.map((p) => `${p.year} 年 ${p.firstDay} 至 ${p.lastDay} 计 ${p.days} 天`).join('；');
    const en = slices.map((p) => `${p.year}: ${p.firstDay} to ${p.lastDay}, ${p.days} days`).join('; ');
    steps.push(step('YEAR_SPLIT', `跨年拆分：${zh}`, `Split by calendar year: ${en}`));
  }
  const stayCap = rules.capPerStayDays;
  if (stayCap !== undefined && daysCounted > stayCap) {
    steps.push(step('STAY_CAP', `每次住院最多补贴 ${stayCap} 天`, `At most ${stayCap} days per stay`));
  }
  let stayDaysLeft = stayCap ?? Number.MAX_SAFE_INTEGER;
  const years = slices.map((slice): SubsidyYearPart => {
    const withinStayCap = Math.min(slice.days, stayDaysLeft);
    stayDaysLeft -= withinStayCap;
    const part = capYear(rules, input, slice, withinStayCap, steps);
    return { year: slice.year, firstDay: slice.firstDay, lastDay: slice.lastDay, daysCounted: slice.days, ...part };
  });

  const amountFen = years.reduce((sum, part) => sum + part.amountFen, 0);
  const daysPayable = years.reduce((sum, part) => sum + part.daysPayable, 0);
  steps.push(step('TOTAL', `合计补贴 ${yuan(amountFen)} 元`, `Total subsidy ${yuan(amountFen)} yuan`));
  const { dayCounting } = rules;
  return { dayCounting, dailyRateFen: rate, daysCounted, daysPayable, amountFen, years, steps };
}

type YearSlice = {
  readonly year: number;
  readonly firstDay: string;
  readonly lastDay: string;
  readonly days: number;
};

/** One year's part after that year's day and amount caps, explaining each in `steps`. */
function capYear(
  rules: SubsidyRules,
  input: SubsidyComputationInput,
  slice: YearSlice,
  days: number,
  steps: ComputationStep[],
): { daysPayable: number; amountFen: number } {
  const year = String(slice.year);
  const rate = rules.dailyRateFen;
  let daysPayable = days;
  const dayCap = rules.capPerPersonPerYearDays;
  if (dayCap !== undefined) {
    const used = alreadyPaid('daysAlreadyPaidByYear', input.daysAlreadyPaidByYear, year);
    daysPayable = Math.min(days, Math.max(0, dayCap - used));
    steps.push(
      step(
        'YEAR_DAYS_CAP',
        `${year} 年每人最多补贴 ${dayCap} 天，本人本年已补贴 ${used} 天，本次可补贴 ${daysPayable} 天`,
        `${year}: at most ${dayCap} days per person, ${used} already granted to this person, ` +
          `${daysPayable} payable now`,
      ),
    );
  }
  let amountFen = daysPayable * rate;
  steps.push(
    step(
      'YEAR_AMOUNT',
      `${year} 年：${daysPayable} 天 × ${yuan(rate)} 元 = ${yuan(amountFen)} 元`,
      `${year}: ${daysPayable} days × ${yuan(rate)} yuan = ${yuan(amountFen)} yuan`,
    ),
  );
  const fenCap = rules.capPerPersonPerYearFen;
  if (fenCap !== undefined) {
    const used = alreadyPaid('fenAlreadyPaidByYear', input.fenAlreadyPaidByYear, year);
    amountFen = Math.min(amountFen, Math.max(0, fenCap - used));
    steps.push(
      step(
        'YEAR_AMOUNT_CAP',
        `${year} 年每人最多补贴 ${yuan(fenCap)} 元，本人本年已补贴 ${yuan(used)} 元，本次补贴 ${yuan(amountFen)} 元`,
        `${year}: at most ${yuan(fenCap)} yuan per person, ${yuan(used)} already granted, ` +
          `${yuan(amountFen)} yuan now`,
      ),
    );
  }
  return { daysPayable, amountFen };
}

function splitByYear(firstDay: string, lastDay: string): YearSlice[] {
  const slices: YearSlice[] = [];
  for (let year = yearOf(firstDay); year <= yearOf(lastDay); year++) {
    const from = year === yearOf(firstDay) ? firstDay : `${year}-01-01`;
    const to = year === yearOf(lastDay) ? lastDay : `${year}-12-31`;
    slices.push({ year, firstDay: from, lastDay: to, days: dayNumber(to) - dayNumber(from) + 1 });
  }
  return slices;
}

function alreadyPaid(
  field: string,
  byYear: Readonly<Record<string, number>> | undefined,
  year: string,
): number {
  const value = byYear?.[year] ?? 0;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw validationFailed(`${field}.${year}`, `${field} must hold whole numbers ≥ 0`);
  }
  return value;
}

const step = (code: ComputationStepCode, zh: string, en: string): ComputationStep => ({ code, zh, en });

/** 10050 → '100.50', in whole-number arithmetic so no float ever touches the money. */
export function yuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
