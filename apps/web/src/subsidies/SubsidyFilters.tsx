import { Select, Space } from 'antd';
import { SUBSIDY_STATUSES, SUBSIDY_STATUS_LABELS, type SubsidyStatus } from '@careledger/domain-nursing-subsidy';
import { todayInShanghai } from '../forms/CivilDateField';
import { useI18n } from '../i18n/I18nProvider';
import { TownshipSelect } from '../townships/TownshipSelect';
import { filterYears, type SubsidyListFilter } from './subsidy-list-filter';

type Props = { readonly filter: SubsidyListFilter; readonly onChange: (filter: SubsidyListFilter) => void };

export function SubsidyFilters({ filter, onChange }: Props) {
  const { t, label } = useI18n();
  return (
    <Space wrap data-testid="subsidy-filters">
      <Select
        aria-label={t('subsidies.field.state')}
        data-testid="subsidy-filter-status"
        placeholder={t('subsidies.list.allStates')}
        allowClear
        style={{ minWidth: 160 }}
        value={filter.status}
        onChange={(status?: SubsidyStatus) => onChange({ ...filter, status })}
        options={SUBSIDY_STATUSES.map((code) => ({ value: code, label: label(SUBSIDY_STATUS_LABELS, code) }))}
      />
      <TownshipSelect
        ariaLabel={t('subsidies.field.township')}
        testId="subsidy-filter-township"
        placeholder={t('subsidies.list.allTownships')}
        allowClear
        style={{ minWidth: 160 }}
        value={filter.township}
        onChange={(township) => onChange({ ...filter, township })}
      />
      <Select
        aria-label={t('subsidies.field.year')}
        data-testid="subsidy-filter-year"
        placeholder={t('subsidies.list.allYears')}
        allowClear
        style={{ minWidth: 120 }}
        value={filter.year}
        onChange={(year?: number) => onChange({ ...filter, year })}
        options={filterYears(todayInShanghai()).map((year) => ({ value: year, label: t('subsidies.list.yearOption', { year }) }))}
      />
    </Space>
  );
}
