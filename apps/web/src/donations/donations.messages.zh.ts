/** Chinese messages of the donations screens; merged into the app's dictionary (keys start with 'donations.'). */
export const donationsZh = {
  'shell.nav.donations': '线上募捐',
} as const;
