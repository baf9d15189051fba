import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import { CaseSearchQuery } from './visits.graphql';

type Props = {
  readonly value?: string[];
  readonly onChange?: (value: string[]) => void;
  readonly ariaLabel: string;
  readonly placeholder: string;
  readonly testId: string;
};

/** Families chosen by searching names, village or address (the `cases(filter:{search})` query). */
export function CaseSearchSelect({ value, onChange, ariaLabel, placeholder, testId }: Props) {
  const [search, setSearch] = useState('');
  const [labels, setLabels] = useState<Record<string, string>>({});
  const { data, loading } = useQuery(CaseSearchQuery, { variables: { search: search || null } });
  const found = data?.cases.edges.map((e) => e.node) ?? [];
  const options = found.map((c) => ({ value: c.id, label: `${c.headName ?? c.id} · ${c.townshipName}${c.village}` }));
  const known = new Set(options.map((o) => o.value));
  // Keep the chosen families labelled after the search moves on.
  const chosen = (value ?? []).filter((id) => !known.has(id)).map((id) => ({ value: id, label: labels[id] ?? id }));
  return (
    <Select
      mode="multiple"
      showSearch
      filterOption={false}
      aria-label={ariaLabel}
      data-testid={testId}
      placeholder={placeholder}
      loading={loading}
      value={value}
      options={[...chosen, ...options]}
      onSearch={setSearch}
      onChange={(ids: string[]) => {
        setLabels((prev) => ({ ...prev, ...Object.fromEntries(options.map((o) => [o.value, o.label])) }));
        onChange?.(ids);
      }}
    />
  );
}
