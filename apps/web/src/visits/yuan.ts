/**
 * Cash aid is typed in 元 (2 decimals) and sent as integer fen. The string is parsed digit by
 * digit, so no float ever reaches a sent value ('0.29' is 29 fen, never 28.999…).
 */
const YUAN = /^(\d{1,11})(?:\.(\d{1,2}))?$/;

/** '1234.5' → 123450; '' → 0; null for anything that is not a non-negative amount with ≤ 2 decimals. */
export function yuanToFen(input: string | null | undefined): number | null {
  const text = (input ?? '').trim().replace(/,/g, '');
  if (text === '') return 0;
  const match = YUAN.exec(text);
  if (!match) return null;
  const [, whole = '0', decimals = ''] = match;
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

/** 123450 → '1,234.50'. */
export function formatYuan(fen: number): string {
  const whole = String(Math.trunc(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(fen % 100).padStart(2, '0')}`;
}
