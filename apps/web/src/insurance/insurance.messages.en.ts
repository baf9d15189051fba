import type { insuranceZh } from './insurance.messages.zh';

/** English, typed against the Chinese keys of this folder. */
export const insuranceEn: Readonly<Record<keyof typeof insuranceZh, string>> = {
  'shell.nav.insurance': 'Insurance',
};
