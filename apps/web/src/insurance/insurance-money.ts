import type { MessageKey, MessageParams } from '../i18n/i18n';

/**
 * Money crosses the wire as integer fen (分) and is shown and typed in yuan (元) with two
 * decimals. Both directions work on digit strings, so no float ever touches an amount.
 */

/** 7662050 → '76,620.50'. */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`Not an amount in fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const digits = String(Math.abs(fen)).padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${digits.slice(-2)}`;
}

const YUAN = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/** '1,000.5' → 100050; a negative, a third decimal or anything else → null. */
export function yuanToFen(text: string): number | null {
  const match = YUAN.exec(text.trim().replace(/,/g, ''));
  if (!match) return null;
  const [, whole = '0', decimals = ''] = match;
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** An antd Form rule for a yuan input. Empty passes: whether it is required is a separate rule. */
export function yuanRule(t: Translate) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return;
      if (typeof value !== 'string' || yuanToFen(value) === null) throw new Error(t('insurance.form.invalidYuan'));
    },
  };
}
