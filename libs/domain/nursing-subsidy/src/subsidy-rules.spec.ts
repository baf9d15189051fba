import { isDomainError } from '@careledger/domain-kernel';
import { addDays, civilDateOf, dayNumber } from './civil-days';
import type { SubsidyRules } from './subsidy-rules';
import { EXAMPLE_SUBSIDY_RULES, selectRules, validateSubsidyRules } from './subsidy-rules';
import { rules } from './testing/nursing-subsidy.fixtures';

const rules2024: SubsidyRules = { ...rules, effectiveFrom: '2024-01-01', dailyRateFen: 120_00 };

function fieldOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (isDomainError(error, 'VALIDATION_FAILED')) return error.details['field'];
    throw error;
  }
  throw new Error('expected VALIDATION_FAILED');
}

describe('selectRules', () => {
  it('picks the rule set with the latest start on or before the date, in any order', () => {
    expect(selectRules([rules2024, rules], '2023-12-31')).toBe(rules);
    expect(selectRules([rules2024, rules], '2024-01-01')).toBe(rules2024);
  });

  it('refuses a date before every rule set', () => {
    expect(fieldOf(() => selectRules([rules2024], '2023-06-01'))).toBe('ruleSets');
  });

  it('refuses two rule sets starting the same day', () => {
    expect(fieldOf(() => selectRules([rules, { ...rules }], '2023-06-01'))).toBe('ruleSets');
  });

  it('validates every rule set, naming its position', () => {
    const broken = { ...rules2024, dayCounting: 'NIGHTS' } as unknown as SubsidyRules;
    expect(fieldOf(() => selectRules([rules, broken], '2023-06-01'))).toBe('ruleSets[1].dayCounting');
  });
});

describe('validateSubsidyRules', () => {
  it('accepts the example rules (another province’s, NOT Hunan’s)', () => {
    expect(validateSubsidyRules(EXAMPLE_SUBSIDY_RULES)).toBe(EXAMPLE_SUBSIDY_RULES);
  });

  it.each([
    [{ effectiveFrom: '2023-13-01' }, 'rules.effectiveFrom'],
    [{ capPerStayDays: -1 }, 'rules.capPerStayDays'],
    [{ capPerPersonPerYearFen: 1.5 }, 'rules.capPerPersonPerYearFen'],
    [{ noticeRequired: true, noticeDays: 0 }, 'rules.noticeDays'],
    [{ eligibleGrades: [] }, 'rules.eligibleGrades'],
    [{ eligibleGrades: ['LEVEL_9'] }, 'rules.eligibleGrades'],
  ])('refuses %j', (change, field) => {
    expect(fieldOf(() => validateSubsidyRules({ ...rules, ...change } as SubsidyRules))).toBe(field);
  });
});

describe('civil day arithmetic', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
  ])('%s is day %d and back', (date, day) => {
    expect(dayNumber(date)).toBe(day);
    expect(civilDateOf(day)).toBe(date);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2023-12-25', 7)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
  });
});
