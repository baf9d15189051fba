/** Chinese messages of the insurance screens; merged into the app's dictionary (keys start with 'insurance.'). */
export const insuranceZh = {
  'shell.nav.insurance': '保险',
} as const;
