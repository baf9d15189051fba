import { InvalidCursorError } from '../case-summary/case-summary.queries';

/** Opaque cursor over a list ordered by (date desc, id desc): the row's [date, id], base64url JSON. */
export const encodeCursor = (date: string, id: string): string => Buffer.from(JSON.stringify([date, id])).toString('base64url');

/** A forged or foreign cursor is the API's one InvalidCursorError (VALIDATION_FAILED on 'after'). */
export function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return [value[0] as string, value[1] as string];
    }
  } catch {
    // fall through to the typed error
  }
  throw new InvalidCursorError();
}
