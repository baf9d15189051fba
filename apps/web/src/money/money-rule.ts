import type { MessageKey, MessageParams } from '../i18n/i18n';
import { readYuan, type YuanProblem } from './yuan-fen';

/** Which amounts a field takes: a payment is positive, an adjustment any non-zero, a price ≥ 0. */
export type MoneyRange = 'notNegative' | 'positive' | 'nonZero';

type Translate = (key: MessageKey, params?: MessageParams) => string;

const PROBLEM_MESSAGES: Readonly<Record<YuanProblem, MessageKey>> = {
  notAmount: 'money.notAmount',
  negative: 'money.negative',
  tooManyDecimals: 'money.tooManyDecimals',
};

/** The message for a 元 text outside `range`, or undefined when it is fine. Empty is fine: `required` is another rule. */
export function moneyProblem(value: unknown, range: MoneyRange, t: Translate): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  if (typeof value !== 'string') return t('money.notAmount');
  const reading = readYuan(value, { negative: range === 'nonZero' });
  if (!reading.ok) return t(PROBLEM_MESSAGES[reading.problem]);
  if (reading.fen === 0 && range !== 'notNegative') return t(range === 'positive' ? 'money.positive' : 'money.nonZero');
  return undefined;
}

/** An antd Form rule for a 元 input, refusing with the reason in the user's language. */
export function moneyRule(t: Translate, range: MoneyRange = 'notNegative') {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      const problem = moneyProblem(value, range, t);
      if (problem !== undefined) throw new Error(problem);
    },
  };
}
