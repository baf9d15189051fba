import { validationFailed } from './domain-error';

/**
 * Money is integer fen (分) end to end: 13,791.60 元 is 1379160. Floats never carry money, so
 * sums reproduce the annual report to the fen.
 */
export function isFen(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Returns the amount unchanged, or throws VALIDATION_FAILED naming `field`. */
export function assertFen(field: string, value: unknown): number {
  if (!isFen(value)) throw validationFailed(field, `${field} must be a non-negative whole number of fen`);
  return value;
}
