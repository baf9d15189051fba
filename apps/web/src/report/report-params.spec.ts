import { openingReportYear, readReportParams, selectableReportYears } from './report-params';

describe('the year the report page opens on', () => {
  it('is the latest year with data up to this one', () => {
    expect(openingReportYear([2023, 2024], 2026)).toBe(2024);
    // Data already entered for next year (a target set in advance) does not move the page there.
    expect(openingReportYear([2023, 2024, 2027], 2026)).toBe(2024);
  });

  it('is last year when the log has nothing to report yet', () => {
    expect(openingReportYear([], 2026)).toBe(2025);
    expect(openingReportYear([2027], 2026)).toBe(2025);
  });
});

describe('the years to choose from', () => {
  it('runs from the last year back to 2020, plus any earlier year with data, newest first, each once', () => {
    expect(selectableReportYears([2023], 2024)).toEqual([2024, 2023, 2022, 2021, 2020]);
    expect(selectableReportYears([2018, 2023], 2022)).toEqual([2022, 2021, 2020, 2018]);
  });
});

describe('readReportParams', () => {
  it('reads the year and township, falling back to the seed year', () => {
    expect(readReportParams('?year=2024&township=XP')).toEqual({ year: 2024, township: 'XP' });
    expect(readReportParams('?year=abc')).toEqual({ year: 2023, township: null });
  });
});
