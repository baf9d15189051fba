import { isCivilDate, validationFailed } from '@careledger/domain-kernel';

// Date.parse alone accepts '2023-02-30T…' (rolling into March) and '24:00'; the regex and the
// calendar check refuse both, and an offset is required so no server time zone creeps in.
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * An ISO-8601 instant with its offset, normalised to the UTC `toISOString` form the log records
 * (so it compares with stored instants as a string). Otherwise VALIDATION_FAILED naming `field`.
 *
 * @example parseInstant('recordedFrom', '2023-11-15T08:00+08:00') // '2023-11-15T00:00:00.000Z'
 */
export function parseInstant(field: string, value: string): string {
  const match = ISO_INSTANT.exec(value);
  const millis = Date.parse(value);
  if (!match || !isCivilDate(match[1]) || Number.isNaN(millis)) {
    throw validationFailed(field, `${field} must be an ISO-8601 instant with an offset, e.g. 2023-11-15T00:00:00Z`);
  }
  return new Date(millis).toISOString();
}
