import { isCalendarDay } from './civil-date';
import { validationFailed } from './domain-error';

/**
 * The 18-character resident identity number of GB 11643-1999:
 * 6-digit region code, 8-digit birth date, 3-digit sequence (odd = male), 1 check character.
 */
export type ResidentId = {
  /** Trimmed, with the check character 'x' upper-cased. */
  readonly normalized: string;
  readonly regionCode: string;
  /** Civil date 'YYYY-MM-DD'. */
  readonly birthDate: string;
  readonly sex: 'MALE' | 'FEMALE';
  /** Last four characters, kept for masked display (`4312**********1234`). */
  readonly tail: string;
};

// ISO 7064 MOD 11-2 as specified by GB 11643-1999.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;
const FIELD = 'idNumber';

/** The check character for the first 17 digits of a resident ID. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw validationFailed(FIELD, 'expected the first 17 digits of an ID number');
  }
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/**
 * Parses and verifies a resident ID, or throws VALIDATION_FAILED (field 'idNumber') with
 * `details.rule` = 'format' | 'birthDate' | 'checksum'. The number itself is never put in the
 * error: errors are logged.
 */
export function parseResidentId(value: string): ResidentId {
  const normalized = String(value).trim().toUpperCase();
  if (!SHAPE.test(normalized)) {
    throw validationFailed(FIELD, 'ID number must be 17 digits followed by a digit or X', { rule: 'format' });
  }
  const year = Number(normalized.slice(6, 10));
  const month = Number(normalized.slice(10, 12));
  const day = Number(normalized.slice(12, 14));
  if (!isCalendarDay(year, month, day)) {
    throw validationFailed(FIELD, 'ID number encodes an impossible birth date', { rule: 'birthDate' });
  }
  if (residentIdCheckChar(normalized.slice(0, 17)) !== normalized.charAt(17)) {
    throw validationFailed(FIELD, 'ID number check character does not match', { rule: 'checksum' });
  }
  return {
    normalized,
    regionCode: normalized.slice(0, 6),
    birthDate: `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`,
    sex: Number(normalized.charAt(16)) % 2 === 1 ? 'MALE' : 'FEMALE',
    tail: normalized.slice(14),
  };
}

export function isResidentId(value: string): boolean {
  try {
    parseResidentId(value);
    return true;
  } catch {
    return false;
  }
}
