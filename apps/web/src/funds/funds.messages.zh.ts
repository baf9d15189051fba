/** Chinese messages of the funds screens; merged into the app's dictionary (keys start with 'funds.'). */
export const fundsZh = {
  'shell.nav.funds': '资金与目标',
} as const;
