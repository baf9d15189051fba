/**
 * Money is typed and shown in 元 with 2 decimals and crosses the wire as integer fen (分). Both
 * directions work on the digit string, so no float ever reaches a sent value: '1.15' is 115 fen,
 * never the 114.999… that `1.15 * 100` gives.
 */

/** Why a text is not an amount, so a form can say which rule was broken. */
export type YuanProblem = 'notAmount' | 'negative' | 'tooManyDecimals';

export type YuanReading = { readonly ok: true; readonly fen: number } | { readonly ok: false; readonly problem: YuanProblem };

// 13 whole digits keep every amount below Number.MAX_SAFE_INTEGER fen.
const AMOUNT = /^(-)?(\d{1,13})(?:\.(\d+))?$/;

/**
 * Reads a 元 text ('1,234.5', ' 12 ', '-10.05' when negatives are allowed) as fen, or says why not.
 *
 * @example readYuan('1,234.5') // { ok: true, fen: 123450 }
 */
export function readYuan(text: string, { negative = false }: { readonly negative?: boolean } = {}): YuanReading {
  const match = AMOUNT.exec(text.trim().replace(/,/g, ''));
  if (!match) return { ok: false, problem: 'notAmount' };
  const [, sign, whole = '0', decimals = ''] = match;
  if (decimals.length > 2) return { ok: false, problem: 'tooManyDecimals' };
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (!sign || fen === 0) return { ok: true, fen };
  return negative ? { ok: true, fen: -fen } : { ok: false, problem: 'negative' };
}

/** '1234.5' → 123450; null for an empty text or anything `readYuan` refuses. */
export function yuanToFen(text: string | null | undefined, options?: { readonly negative?: boolean }): number | null {
  const reading = readYuan(text ?? '', options);
  return reading.ok ? reading.fen : null;
}

/** 123450 → '1,234.50' to read; `grouped: false` → '1234.50' to prefill an input. */
export function fenToYuan(fen: number, { grouped = true }: { readonly grouped?: boolean } = {}): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`Not an amount in fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const digits = String(Math.abs(fen)).padStart(3, '0');
  const whole = digits.slice(0, -2);
  return `${sign}${grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole}.${digits.slice(-2)}`;
}

/** The fen of a text the form's money rule has already accepted; a refused one is a programming error. */
export function fenOf(text: string, options?: { readonly negative?: boolean }): number {
  const fen = yuanToFen(text, options);
  if (fen === null) throw new Error(`Not a yuan amount: ${text}`);
  return fen;
}
