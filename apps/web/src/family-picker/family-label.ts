import type { I18n } from '../i18n/I18nProvider';

/** What a family option shows, e.g. '张三 · 孝坪镇 孝坪村' (a family without members yet says so). */
export function familyLabel(
  t: I18n['t'],
  family: { readonly headName: string | null; readonly townshipName: string; readonly village: string },
): string {
  return t('familyPicker.option', {
    head: family.headName ?? t('caseList.noHead'),
    township: family.townshipName,
    village: family.village,
  });
}
