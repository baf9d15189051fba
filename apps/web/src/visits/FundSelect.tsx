import { Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../i18n/I18nProvider';
import { FundsForYearQuery } from './visits.graphql';
import { fenToYuan } from '../money/yuan-fen';

type Props = {
  readonly year: number;
  readonly value?: string;
  readonly onChange?: (value: string | undefined) => void;
  readonly ariaLabel: string;
  readonly testId: string;
};

/** The funds of the visit's year, each with what it has left (cash aid may not exceed it). */
export function FundSelect({ year, value, onChange, ariaLabel, testId }: Props) {
  const { t } = useI18n();
  const { data, loading } = useQuery(FundsForYearQuery, { variables: { year } });
  const options = (data?.funds.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.name}（${t('visits.remaining', { amount: fenToYuan(node.remainingFen) })}）`,
  }));
  return (
    <Select allowClear aria-label={ariaLabel} data-testid={testId} loading={loading} value={value} onChange={onChange} options={options} />
  );
}
