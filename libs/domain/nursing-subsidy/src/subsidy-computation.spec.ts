import { isDomainError } from '@careledger/domain-kernel';
import type { SubsidyComputationInput } from './subsidy-computation';
import { computeSubsidy, yuan } from './subsidy-computation';
import type { SubsidyRules } from './subsidy-rules';
import { rules } from './testing/nursing-subsidy.fixtures';

// `rules` is a test configuration at the example rate of domain.md §4: 100 元/day, 90 days/year.
const bothEnds: SubsidyRules = { ...rules, dayCounting: 'BOTH_ENDS' };
const compute = (input: Partial<SubsidyComputationInput>) =>
  computeSubsidy({ rules, admittedOn: '2023-03-01', dischargedOn: '2023-03-21', ...input });

describe('computeSubsidy: a 20-night stay at 100 元/day (admitted 03-01, discharged 03-21)', () => {
  it('counts discharge − admission: 20 days, 2,000.00 元', () => {
    const result = compute({});
    expect(result).toMatchObject({ daysCounted: 20, daysPayable: 20, amountFen: 2000_00 });
    expect(result.years).toEqual([
      {
        year: 2023,
        firstDay: '2023-03-01',
        lastDay: '2023-03-20',
        daysCounted: 20,
        daysPayable: 20,
        amountFen: 2000_00,
      },
    ]);
  });

  it('counts both ends: 21 days, 2,100.00 元', () => {
    const result = compute({ rules: bothEnds });
    expect(result).toMatchObject({ daysCounted: 21, daysPayable: 21, amountFen: 2100_00 });
    expect(result.years[0]?.lastDay).toBe('2023-03-21');
  });

  it('explains each step in both languages', () => {
    expect(compute({}).steps).toEqual([
      {
        code: 'RULES',
        zh: '适用 2020-01-01 起施行的规则：每日 100.00 元，计日方式“出院日减入院日”',
        en: 'Rules in force from 2020-01-01: 100.00 yuan a day, counting "Discharge date minus admission date"',
      },
      expect.objectContaining({ code: 'DAYS_COUNTED', zh: '住院 2023-03-01 至 2023-03-21，计 20 天' }),
      expect.objectContaining({ code: 'YEAR_DAYS_CAP', zh: '2023 年每人最多补贴 90 天，本人本年已补贴 0 天，本次可补贴 20 天' }),
      expect.objectContaining({ code: 'YEAR_AMOUNT', zh: '2023 年：20 天 × 100.00 元 = 2000.00 元' }),
      expect.objectContaining({ code: 'TOTAL', zh: '合计补贴 2000.00 元', en: 'Total subsidy 2000.00 yuan' }),
    ]);
  });
});

describe('computeSubsidy: a stay 2023-12-25 → 2024-01-05 is split by calendar year', () => {
  const stay = { admittedOn: '2023-12-25', dischargedOn: '2024-01-05' };

  it('discharge − admission: 7 days in 2023 and 4 in 2024', () => {
    const result = compute(stay);
    expect(result.years.map((y) => [y.year, y.firstDay, y.lastDay, y.daysCounted, y.amountFen])).toEqual([
      [2023, '2023-12-25', '2023-12-31', 7, 700_00],
      [2024, '2024-01-01', '2024-01-04', 4, 400_00],
    ]);
    expect(result.amountFen).toBe(1100_00);
    expect(result.steps.find((s) => s.code === 'YEAR_SPLIT')?.zh).toBe(
      '跨年拆分：2023 年 2023-12-25 至 2023-12-31 计 7 天；2024 年 2024-01-01 至 2024-01-04 计 4 天',
    );
  });

  it('both ends: 7 days in 2023 and 5 in 2024', () => {
    const result = compute({ ...stay, rules: bothEnds });
    expect(result.years.map((y) => [y.year, y.daysCounted])).toEqual([
      [2023, 7],
      [2024, 5],
    ]);
    expect(result.amountFen).toBe(1200_00);
  });

  it("applies each year's cap to its own part", () => {
    const result = compute({ ...stay, daysAlreadyPaidByYear: { '2023': 88, '2024': 0 } });
    expect(result.years.map((y) => [y.year, y.daysPayable, y.amountFen])).toEqual([
      [2023, 2, 200_00],
      [2024, 4, 400_00],
    ]);
    expect(result).toMatchObject({ daysCounted: 11, daysPayable: 6, amountFen: 600_00 });
  });

  it('consumes a per-stay cap chronologically', () => {
    const result = compute({ ...stay, rules: { ...rules, capPerStayDays: 8 } });
    expect(result.years.map((y) => y.daysPayable)).toEqual([7, 1]);
    expect(result.steps.map((s) => s.code)).toContain('STAY_CAP');
  });
});

describe('computeSubsidy: caps', () => {
  it('limits a stay to capPerStayDays', () => {
    expect(compute({ rules: { ...rules, capPerStayDays: 15 } }).amountFen).toBe(1500_00);
  });

  it('pays only what is left of the yearly day cap, and nothing once it is reached', () => {
    const nearlyUsed = compute({ daysAlreadyPaidByYear: { '2023': 75 } });
    expect(nearlyUsed).toMatchObject({ daysPayable: 15, amountFen: 1500_00 });
    const used = compute({ daysAlreadyPaidByYear: { '2023': 90 } });
    expect(used).toMatchObject({ daysPayable: 0, amountFen: 0 });
    expect(compute({ daysAlreadyPaidByYear: { '2022': 90 } }).amountFen).toBe(2000_00);
  });

  it('limits the amount to what is left of the yearly amount cap', () => {
    const result = compute({
      rules: { ...rules, capPerPersonPerYearFen: 3000_00 },
      fenAlreadyPaidByYear: { '2023': 2500_00 },
    });
    expect(result.amountFen).toBe(500_00);
    expect(result.steps.find((s) => s.code === 'YEAR_AMOUNT_CAP')?.zh).toBe(
      '2023 年每人最多补贴 3000.00 元，本人本年已补贴 2500.00 元，本次补贴 500.00 元',
    );
  });

  it('has no yearly cap when the rules set none', () => {
    const { capPerPersonPerYearDays: _cap, ...uncapped } = rules;
    expect(compute({ rules: uncapped, daysAlreadyPaidByYear: { '2023': 365 } }).amountFen).toBe(2000_00);
  });
});

describe('computeSubsidy: edge cases and refusals', () => {
  it('counts a same-day stay as 0 days (discharge − admission) or 1 day (both ends)', () => {
    const sameDay = { admittedOn: '2024-02-29', dischargedOn: '2024-02-29' };
    expect(compute(sameDay)).toMatchObject({ daysCounted: 0, amountFen: 0, years: [] });
    expect(compute({ ...sameDay, rules: bothEnds })).toMatchObject({ daysCounted: 1, amountFen: 100_00 });
  });

  it('counts across a leap day', () => {
    expect(compute({ admittedOn: '2024-02-28', dischargedOn: '2024-03-01' }).daysCounted).toBe(2);
  });

  it.each([
    [{ dischargedOn: '2023-02-28' }, 'dischargedOn'],
    [{ admittedOn: '2023-02-29' }, 'admittedOn'],
    [{ rules: { ...rules, dailyRateFen: 99.5 } }, 'rules.dailyRateFen'],
    [{ daysAlreadyPaidByYear: { '2023': -1 } }, 'daysAlreadyPaidByYear.2023'],
  ])('refuses %j (field %s)', (input, field) => {
    let error: unknown;
    try {
      compute(input);
    } catch (caught) {
      error = caught;
    }
    expect(isDomainError(error, 'VALIDATION_FAILED') && error.details['field']).toBe(field);
  });
});

describe('yuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [1379160, '13791.60'],
  ])('%d fen → %s', (fen, text) => {
    expect(yuan(fen)).toBe(text);
  });
});
