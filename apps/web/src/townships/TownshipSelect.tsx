import { Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

export const TownshipsQuery = graphql(`
  query Townships {
    townships {
      code
      name
    }
  }
`);

type TownshipSelectProps = {
  readonly value?: string | null;
  readonly onChange?: (code: string | undefined) => void;
  readonly placeholder?: string;
  readonly allowClear?: boolean;
  readonly ariaLabel: string;
  readonly testId?: string;
  readonly style?: React.CSSProperties;
};

/** The townships the acting user may see (a caseworker gets only their own). */
export function TownshipSelect({ value, onChange, placeholder, allowClear, ariaLabel, testId, style }: TownshipSelectProps) {
  const { data, loading } = useQuery(TownshipsQuery);
  return (
    <Select
      aria-label={ariaLabel}
      data-testid={testId}
      value={value ?? undefined}
      onChange={(code?: string) => onChange?.(code)}
      placeholder={placeholder}
      allowClear={allowClear}
      loading={loading}
      style={style}
      options={(data?.townships ?? []).map((township) => ({ value: township.code, label: township.name }))}
    />
  );
}
