import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import {
  labelOf,
  readStoredLocale,
  storeLocale,
  translate,
  type LabelMap,
  type Locale,
  type MessageKey,
  type MessageParams,
} from './i18n';

export type I18n = {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly label: <T extends string>(labels: LabelMap<T>, value: string) => string;
};

const I18nContext = createContext<I18n | null>(null);

/** Our strings and antd's built-in ones (pagination, date pickers, empty states) switch together. */
export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());
  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      label: (labels, code) => labelOf(labels, code, locale),
    }),
    [locale, setLocale],
  );
  dayjs.locale(locale === 'zh' ? 'zh-cn' : 'en');
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={locale === 'zh' ? zhCN : enUS}>{children}</ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
