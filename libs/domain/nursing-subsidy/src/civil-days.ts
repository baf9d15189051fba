import { assertCivilDate } from '@careledger/domain-kernel';

/**
 * Day arithmetic on civil dates without `Date`: a date becomes a plain day number (days since
 * 1970-01-01 on the proleptic Gregorian calendar, H. Hinnant's algorithm), so no time zone or
 * daylight-saving rule can shift a hospital stay by a day. Local to this lib because the kernel
 * only compares dates; it could move there if another domain needs it.
 */
export function dayNumber(date: string): number {
  assertCivilDate('date', date);
  const y0 = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilDateOf(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  return civilDateOf(dayNumber(date) + days);
}

/** `2023-12-25` → 2023. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
