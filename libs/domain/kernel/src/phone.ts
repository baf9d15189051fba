import { validationFailed } from './domain-error';

// Mainland mobile numbers, and landlines with a 3–4 digit area code (0745-1234567).
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

export function isPhone(value: unknown): value is string {
  return typeof value === 'string' && (MOBILE.test(value.trim()) || LANDLINE.test(value.trim()));
}

/** Returns the trimmed number, or throws VALIDATION_FAILED naming `field`. */
export function assertPhone(field: string, value: unknown): string {
  if (!isPhone(value)) {
    throw validationFailed(field, `${field} must be a mobile or landline number`);
  }
  return value.trim();
}

/** For optional phone fields: `null`, `undefined` or blank mean "no number"; otherwise as assertPhone. */
export function optionalPhone(field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  return assertPhone(field, value);
}
