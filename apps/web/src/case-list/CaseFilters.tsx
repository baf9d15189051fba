import { Input, Select, Space } from 'antd';
import { CASE_CATEGORIES, CASE_CATEGORY_LABELS, CASE_STATUSES, CASE_STATUS_LABELS } from '@careledger/domain-care-case';
import { useI18n } from '../i18n/I18nProvider';
import { TownshipSelect } from '../townships/TownshipSelect';
import type { CaseListFilter } from './case-list-filter';

type CaseFiltersProps = { readonly filter: CaseListFilter; readonly onChange: (filter: CaseListFilter) => void };

export function CaseFilters({ filter, onChange }: CaseFiltersProps) {
  const { t, label } = useI18n();
  return (
    <Space wrap data-testid="case-filters">
      <TownshipSelect
        ariaLabel={t('field.township')}
        testId="filter-township"
        placeholder={t('caseList.allTownships')}
        allowClear
        style={{ minWidth: 160 }}
        value={filter.township}
        onChange={(township) => onChange({ ...filter, township })}
      />
      <Select
        aria-label={t('field.category')}
        data-testid="filter-category"
        placeholder={t('caseList.allCategories')}
        allowClear
        style={{ minWidth: 180 }}
        value={filter.category}
        onChange={(category?: CaseListFilter['category']) => onChange({ ...filter, category })}
        options={CASE_CATEGORIES.map((code) => ({ value: code, label: label(CASE_CATEGORY_LABELS, code) }))}
      />
      <Select
        aria-label={t('field.status')}
        data-testid="filter-status"
        placeholder={t('caseList.allStatuses')}
        allowClear
        style={{ minWidth: 120 }}
        value={filter.status}
        onChange={(status?: CaseListFilter['status']) => onChange({ ...filter, status })}
        options={CASE_STATUSES.map((code) => ({ value: code, label: label(CASE_STATUS_LABELS, code) }))}
      />
      <Input.Search
        aria-label={t('caseList.search')}
        data-testid="case-search"
        placeholder={t('caseList.searchPlaceholder')}
        allowClear
        defaultValue={filter.search}
        onSearch={(search) => onChange({ ...filter, search })}
        style={{ width: 260 }}
      />
    </Space>
  );
}
