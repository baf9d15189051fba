import type { moneyZh } from './money.messages.zh';

export const moneyEn: Readonly<Record<keyof typeof moneyZh, string>> = {
  'money.unit': 'yuan',
  'money.notAmount': 'Enter an amount in yuan, e.g. 2000.00',
  'money.negative': 'The amount cannot be negative',
  'money.tooManyDecimals': 'An amount has at most 2 decimals (fen)',
  'money.positive': 'The amount must be more than 0',
  'money.nonZero': 'The amount cannot be 0',
};
