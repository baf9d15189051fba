import { reasonRequired, validationFailed } from './domain-error';

/**
 * Length in characters as a reader counts them: a rare CJK name character outside the BMP
 * (e.g. 𠀾) is one character, not two UTF-16 units.
 */
export function textLength(value: string): number {
  return Array.from(value).length;
}

/**
 * Returns `value` trimmed, or throws VALIDATION_FAILED naming `field` when it is not a string or
 * its trimmed length is outside `min`..`max` characters.
 */
export function requireText(
  field: string,
  value: unknown,
  { min = 1, max }: { min?: number; max: number },
): string {
  if (typeof value !== 'string') throw validationFailed(field, `${field} must be text`);
  const trimmed = value.trim();
  const length = textLength(trimmed);
  if (length < min) throw validationFailed(field, `${field} is required`, { min });
  if (length > max) throw validationFailed(field, `${field} must be at most ${max} characters`, { max });
  return trimmed;
}

/** Returns the trimmed reason, or throws REASON_REQUIRED when it is missing or blank. */
export function requireReason(value: unknown, field = 'reason'): string {
  if (typeof value !== 'string' || value.trim() === '') throw reasonRequired(field);
  return value.trim();
}

/** Returns `value` when it belongs to a closed vocabulary, else throws VALIDATION_FAILED. */
export function requireOneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw validationFailed(field, `${field} must be one of ${allowed.join(', ')}`, { allowed });
}
