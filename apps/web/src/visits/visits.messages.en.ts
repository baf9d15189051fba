import type { visitsZh } from './visits.messages.zh';

/** English, typed against the Chinese keys of this folder. */
export const visitsEn: Readonly<Record<keyof typeof visitsZh, string>> = {
  'shell.nav.visits': 'Visits & activities',
};
