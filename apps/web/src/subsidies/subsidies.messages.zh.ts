/** Chinese messages of the subsidies screens; merged into the app's dictionary (keys start with 'subsidies.'). */
export const subsidiesZh = {
  'shell.nav.subsidies': '护理补贴',
} as const;
