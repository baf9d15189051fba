import { en } from './messages.en';
import { zh, type MessageKey } from './messages.zh';

export type Locale = 'zh' | 'en';
export type { MessageKey };
export type MessageParams = Readonly<Record<string, string | number>>;

/** A closed vocabulary's labels as the domain libs export them, e.g. CASE_CATEGORY_LABELS. */
export type LabelMap<T extends string> = { readonly [K in T]: { readonly zh: string; readonly en: string } };

const dictionaries: Record<Locale, Readonly<Record<MessageKey, string>>> = { zh, en };

/**
 * Looks up `key` in the locale's dictionary and fills `{name}` placeholders.
 *
 * @example translate('en', 'timeline.memberRegistered', { name: 'Zhang San', relation: 'Spouse' })
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = dictionaries[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The label of a vocabulary value in `locale`. Values the client does not know yet (a newer
 * server) fall back to the raw code rather than failing the render.
 */
export function labelOf<T extends string>(labels: LabelMap<T>, value: string, locale: Locale): string {
  const entry = (labels as Readonly<Record<string, { zh: string; en: string } | undefined>>)[value];
  return entry ? entry[locale] : value;
}

export const LOCALE_STORAGE_KEY = 'careledger.locale';

export function readStoredLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice simply lasts for this page view.
  }
}
