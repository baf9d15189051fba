import { assertCivilDate, compareCivilDates, isCivilDate } from './civil-date';
import { DomainError } from './domain-error';

describe('civil dates', () => {
  it.each(['2023-07-11', '2024-02-29', '2000-02-29', '1949-12-31', '2023-04-30'])('accepts %s', (value) => {
    expect(isCivilDate(value)).toBe(true);
  });

  it.each([
    ['not a leap year', '2023-02-29'],
    ['century non-leap year', '1900-02-29'],
    ['31 April', '2023-04-31'],
    ['month 13', '2023-13-01'],
    ['day 0', '2023-01-00'],
    ['no zero padding', '2023-7-11'],
    ['an instant', '2023-07-11T00:00:00Z'],
    ['compact form', '20230711'],
    ['year 0', '0000-01-01'],
  ])('refuses %s (%s)', (_label, value) => {
    expect(isCivilDate(value)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isCivilDate(undefined)).toBe(false);
    expect(isCivilDate(20230711)).toBe(false);
  });

  it('assertCivilDate returns the date or names the field', () => {
    expect(assertCivilDate('openedOn', '2023-07-11')).toBe('2023-07-11');
    expect(() => assertCivilDate('openedOn', '2023-02-30')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field: 'openedOn' } }),
    );
    expect(() => assertCivilDate('openedOn', 'x')).toThrow(DomainError);
  });

  it('compares by calendar order', () => {
    expect(compareCivilDates('2023-01-31', '2023-02-01')).toBeLessThan(0);
    expect(compareCivilDates('2023-12-31', '2023-02-01')).toBeGreaterThan(0);
    expect(compareCivilDates('2023-02-01', '2023-02-01')).toBe(0);
  });
});
