import type { familyPickerZh } from './family-picker.messages.zh';

/** English messages of the shared family picker (same keys as familyPickerZh). */
export const familyPickerEn: Readonly<Record<keyof typeof familyPickerZh, string>> = {
  'familyPicker.option': '{head} · {township} {village}',
};
