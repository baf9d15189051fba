/** Chinese messages of the visits screens; merged into the app's dictionary (keys start with 'visits.'). */
export const visitsZh = {
  'shell.nav.visits': '走访与活动',
} as const;
