import { assertCivilDate, validationFailed } from '@careledger/domain-kernel';

/**
 * A fund is a budget year's money (预算年度 = calendar year): anything dated outside that year
 * belongs to another year's fund. Returns the date, or throws VALIDATION_FAILED naming `field`.
 */
export function assertDateInYear(field: string, value: unknown, year: number): string {
  const date = assertCivilDate(field, value);
  if (!date.startsWith(`${year}-`)) {
    throw validationFailed(field, `${field} must fall within the fund's year ${year}`, {
      min: `${year}-01-01`,
      max: `${year}-12-31`,
    });
  }
  return date;
}

/** Budget years the association could plausibly hold (also keeps stream ids four digits). */
export function assertBudgetYear(field: string, value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 2000 && value <= 2999) return value;
  throw validationFailed(field, `${field} must be a four-digit year from 2000`, { min: 2000, max: 2999 });
}
