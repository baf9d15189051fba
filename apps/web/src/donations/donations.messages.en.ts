import type { donationsZh } from './donations.messages.zh';

/** English, typed against the Chinese keys of this folder. */
export const donationsEn: Readonly<Record<keyof typeof donationsZh, string>> = {
  'shell.nav.donations': 'Donations',
};
