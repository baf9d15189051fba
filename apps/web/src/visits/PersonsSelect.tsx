import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useApolloClient } from '@apollo/client/react';
import { useI18n } from '../i18n/I18nProvider';
import { CaseMembersQuery } from './visits.graphql';
import { personKey } from './visit-form';

type Option = { value: string; label: string; disabled: boolean };
type Props = {
  readonly caseIds: readonly string[];
  readonly value?: string[];
  readonly onChange?: (value: string[]) => void;
  readonly ariaLabel: string;
  readonly testId: string;
};

/** Members of the chosen families, each labelled with their household; deceased members shown but not selectable. */
export function PersonsSelect({ caseIds, value, onChange, ariaLabel, testId }: Props) {
  const { t } = useI18n();
  const client = useApolloClient();
  const [options, setOptions] = useState<Option[]>([]);
  const key = caseIds.join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(caseIds.map((id) => client.query({ query: CaseMembersQuery, variables: { id } }))).then((results) => {
      if (!live) return;
      setOptions(
        results.flatMap(({ data }) => {
          const c = data?.case;
          if (!c) return [];
          return c.members.map((m) => ({
            value: personKey(c.id, m.personId),
            label: `${m.name}（${t('visits.household', { name: c.headName ?? c.id })}）${m.deceased ? ` · ${t('visits.deceased')}` : ''}`,
            disabled: m.deceased,
          }));
        }),
      );
    });
    return () => {
      live = false;
    };
    // Keyed by the ids' content (`key`), not the array's identity, which changes every render.
  }, [key, client]); // caseIds is read through key
  return (
    <Select mode="multiple" aria-label={ariaLabel} data-testid={testId} value={value} onChange={onChange} options={options} optionFilterProp="label" />
  );
}
