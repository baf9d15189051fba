import { fireEvent, render, screen } from '@testing-library/react';
import { Empty } from 'antd';
import { CASE_CATEGORY_LABELS } from '@careledger/domain-care-case';
import { labelOf, LOCALE_STORAGE_KEY, translate } from './i18n';
import { I18nProvider, useI18n } from './I18nProvider';
import { LanguageSwitch } from './LanguageSwitch';
import { en } from './messages.en';
import { zh } from './messages.zh';

function Probe() {
  const { t, label } = useI18n();
  return (
    <div>
      <h1>{t('caseList.title')}</h1>
      <p data-testid="category">{label(CASE_CATEGORY_LABELS, 'BEREAVED')}</p>
      <Empty />
      <LanguageSwitch />
    </div>
  );
}

describe('i18n', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'caseList.total', { count: 12 })).toBe('共 12 户');
    expect(translate('en', 'caseList.total', { count: 12 })).toBe('12 cases');
    expect(translate('en', 'caseList.total')).toBe('{count} cases');
  });

  it('has a non-empty English text for every Chinese key, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as Array<keyof typeof zh>) {
      expect(en[key].trim()).not.toBe('');
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({ key, placeholders: placeholders(zh[key]) });
    }
  });

  it('labels domain vocabulary in either language and shows unknown codes as sent', () => {
    expect(labelOf(CASE_CATEGORY_LABELS, 'BEREAVED', 'zh')).toBe('失独家庭');
    expect(labelOf(CASE_CATEGORY_LABELS, 'BEREAVED', 'en')).toBe('Bereaved (only child died)');
    expect(labelOf(CASE_CATEGORY_LABELS, 'NEW_KIND', 'zh')).toBe('NEW_KIND');
  });

  it('starts in Chinese and switches our strings, domain labels and antd together, remembering the choice', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('关怀档案');
    expect(screen.getByTestId('category').textContent).toBe('失独家庭');
    expect(screen.getAllByText('暂无数据').length).toBeGreaterThan(0);

    fireEvent.click(screen.getByText('English'));

    expect(screen.getByRole('heading').textContent).toBe('Care cases');
    expect(screen.getByTestId('category').textContent).toBe('Bereaved (only child died)');
    expect(screen.getAllByText('No data').length).toBeGreaterThan(0);
    expect(screen.queryAllByText('暂无数据')).toHaveLength(0);
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
  });

  it('restores the stored language', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('Care cases');
  });
});
