import { InvalidCursorError } from '../case-summary/case-summary.queries';

/** Opaque cursors of the funds queries: the row's sort key, base64url JSON. */
export const encodeCursor = (key: readonly (string | number)[]): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

/** The [string, number] key a cursor holds; a forged or foreign one is the API's one InvalidCursorError (VALIDATION_FAILED on 'after'). */
export function decodeCursor(cursor: string): [string, number] {
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
