import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';

export const SubsidyCaseSearchQuery = graphql(`
  query SubsidyCaseSearch($filter: CaseFilter, $first: Int) {
    cases(filter: $filter, first: $first) {
      edges {
        node {
          id
          headName
          townshipName
          village
        }
      }
    }
  }
`);

export const SUBSIDY_CASE_SEARCH_SIZE = 10;

/** A family already known to the form (the case page prefills its own), shown before any search. */
export type PickedCase = { readonly id: string; readonly label: string };

type Props = {
  readonly value?: string;
  readonly onChange?: (caseId: string | undefined) => void;
  readonly initial?: PickedCase;
  readonly disabled?: boolean;
  readonly testId: string;
};

/** Finds the family by a member's name, village or address (`cases(filter: {search})`). */
export function SubsidyCasePicker({ value, onChange, initial, disabled, testId }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const term = search.trim();
  const { data, loading } = useQuery(SubsidyCaseSearchQuery, {
    variables: { filter: term ? { search: term } : {}, first: SUBSIDY_CASE_SEARCH_SIZE },
    skip: disabled,
  });
  const found = (data?.cases.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: t('subsidies.form.caseOption', {
      head: node.headName ?? t('caseList.noHead'),
      township: node.townshipName,
      village: node.village,
    }),
  }));
  const options = initial && !found.some((option) => option.value === initial.id) ? [{ value: initial.id, label: initial.label }, ...found] : found;
  return (
    <Select<string>
      aria-label={t('subsidies.field.caseId')}
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t('subsidies.form.caseSearchPlaceholder')}
      value={value}
      onChange={(caseId?: string) => onChange?.(caseId)}
      loading={loading}
      disabled={disabled}
      options={options}
    />
  );
}
