import type { subsidiesZh } from './subsidies.messages.zh';

/** English, typed against the Chinese keys of this folder. */
export const subsidiesEn: Readonly<Record<keyof typeof subsidiesZh, string>> = {
  'shell.nav.subsidies': 'Nursing subsidy',
};
