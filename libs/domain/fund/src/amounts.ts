import { assertFen, validationFailed } from '@careledger/domain-kernel';

/** A whole number of fen above zero: receipts and expenditures of nothing are mistakes. */
export function assertPositiveFen(field: string, value: unknown): number {
  const fen = assertFen(field, value);
  if (fen === 0) throw validationFailed(field, `${field} must be more than 0`, { min: 1 });
  return fen;
}

/** A change in fen: a whole number, either sign, but not 0 (an adjustment of nothing is a mistake). */
export function assertNonZeroDeltaFen(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value === 0) {
    throw validationFailed(field, `${field} must be a whole number of fen other than 0`);
  }
  return value;
}
