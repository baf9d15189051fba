import { Segmented } from 'antd';
import { useI18n } from './I18nProvider';
import type { Locale } from './i18n';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented<Locale>
      aria-label={t('shell.language')}
      data-testid="language-switch"
      value={locale}
      onChange={setLocale}
      options={[
        { value: 'zh', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
