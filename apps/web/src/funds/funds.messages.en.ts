import type { fundsZh } from './funds.messages.zh';

/** English, typed against the Chinese keys of this folder. */
export const fundsEn: Readonly<Record<keyof typeof fundsZh, string>> = {
  'shell.nav.funds': 'Funds & targets',
};
