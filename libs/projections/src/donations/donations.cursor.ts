import { InvalidCursorError } from '../case-summary/case-summary.queries';

/** Opaque cursors of the donations list: the row's sort key [receivedOn, position], base64url JSON. */
export const encodeDonationCursor = (receivedOn: string, position: number): string =>
  Buffer.from(JSON.stringify([receivedOn, position])).toString('base64url');

/** A forged or foreign cursor is the API's one InvalidCursorError (VALIDATION_FAILED on 'after'). */
export function decodeDonationCursor(cursor: string): [string, number] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && Number.isSafeInteger(value[1])) {
      return [value[0], value[1] as number];
    }
  } catch {
    // fall through to the typed error
  }
  throw new InvalidCursorError();
}
