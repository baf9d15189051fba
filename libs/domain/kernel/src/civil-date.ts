import { validationFailed } from './domain-error';

/**
 * Civil dates are days on the Asia/Shanghai calendar written 'YYYY-MM-DD' (a birth date, a
 * discharge date). They are compared as strings, never turned into instants, so no time zone
 * can shift them by a day.
 */
const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real day of the Gregorian calendar: month 1–12, day within the month. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isCivilDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = CIVIL_DATE.exec(value);
  return match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Returns the date unchanged, or throws VALIDATION_FAILED naming `field`. */
export function assertCivilDate(field: string, value: unknown): string {
  if (!isCivilDate(value)) throw validationFailed(field, `${field} must be a date written YYYY-MM-DD`);
  return value;
}

/** Negative if `a` is before `b`, zero if the same day, positive if after. */
export function compareCivilDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
