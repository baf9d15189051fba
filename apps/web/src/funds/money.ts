/**
 * Money in the UI is 元 with 2 decimals; on the wire it is integer fen. The conversion parses the
 * decimal string digit by digit, so no float ever reaches a sent value (0.1 + 0.2 never happens).
 */
const YUAN = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;

/** '1234.5' → 123450; '-10' → -1000; null for anything that is not a yuan amount with ≤ 2 decimals. */
export function yuanToFen(input: string): number | null {
  const match = YUAN.exec(input.trim().replace(/,/g, ''));
  if (!match) return null;
  const [, sign, whole, decimals = ''] = match;
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return sign && fen !== 0 ? -fen : fen;
}

/** 123450 → '1,234.50' (grouped for reading); `grouped: false` → '1234.50' (for an input). */
export function fenToYuan(fen: number, { grouped = true }: { readonly grouped?: boolean } = {}): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = String(Math.trunc(abs / 100));
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole}.${cents}`;
}

/** 5990 basis points → '59.90%'. */
export function formatShare(bp: number): string {
  return `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, '0')}%`;
}
