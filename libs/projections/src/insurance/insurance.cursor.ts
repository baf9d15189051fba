import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import { InvalidCursorError } from '../case-summary/case-summary.queries';

export type CursorValue = string | number;

/** Opaque cursor over a list order: the sort-key values of the last row shown. */
export const encodeCursor = (values: readonly CursorValue[]): string =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

export function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === length && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return value as CursorValue[];
    }
  } catch {
    // fall through to the typed error
  }
  throw new InvalidCursorError();
}

export type SortKey = readonly [column: string, direction: 'asc' | 'desc'];

/**
 * Keyset condition "after this row" for an order of several columns in mixed directions:
 * (a > x) OR (a = x AND (b > y OR (b = y AND …))), with < for a descending column.
 */
export function afterRow<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  keys: readonly SortKey[],
  values: readonly CursorValue[],
): Expression<SqlBool> {
  const [key, ...rest] = keys;
  const [value, ...restValues] = values;
  if (!key || value === undefined) return eb.val(false) as unknown as Expression<SqlBool>;
  const ref = eb.ref(key[0] as never);
  const beyond = eb(ref, key[1] === 'asc' ? '>' : '<', value as never);
  if (rest.length === 0) return beyond;
  return eb.or([beyond, eb.and([eb(ref, '=', value as never), afterRow(eb, rest, restValues)])]);
}
