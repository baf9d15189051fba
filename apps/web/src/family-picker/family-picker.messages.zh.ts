/** Chinese messages of the shared family picker; merged into the app's dictionary (keys start with 'familyPicker.'). */
export const familyPickerZh = {
  'familyPicker.option': '{head} · {township} {village}',
} as const;
