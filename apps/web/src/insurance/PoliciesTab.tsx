import { useState } from 'react';
import { Button, Input, InputNumber, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import type { InsurancePoliciesQuery as PoliciesData } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { navigate } from '../routing/router';
import { policyPath } from '../routing/routes';
import { fenToYuan } from '../money/yuan-fen';
import { InsurancePoliciesQuery } from './insurance.queries';
import { CursorPager } from '../paging/CursorPager';
import { useCursorPages } from '../paging/use-cursor-pages';
import { PurchasePolicyModal } from './PurchasePolicyModal';

type Policy = PoliciesData['insurancePolicies']['edges'][number]['node'];
const PAGE_SIZE = 20;

export function PoliciesTab() {
  const { t } = useI18n();
  const [year, setYear] = useState<number | null>(null);
  const [insurer, setInsurer] = useState('');
  const [purchasing, setPurchasing] = useState(false);
  const pages = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(InsurancePoliciesQuery, {
    variables: { filter: { year, insurer: insurer.trim() || null }, first: PAGE_SIZE, after: pages.after, minPosition: null },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.insurancePolicies;
  const columns: ColumnsType<Policy> = [
    { title: t('insurance.field.year'), key: 'year', render: (_, p) => <Link to={policyPath(p.id)}>{p.year}</Link> },
    { title: t('insurance.field.insurer'), dataIndex: 'insurer', key: 'insurer' },
    { title: t('insurance.field.product'), dataIndex: 'product', key: 'product' },
    { title: t('insurance.field.premiumPerPerson'), key: 'premium', align: 'right', render: (_, p) => fenToYuan(p.premiumPerPersonFen) },
    { title: t('insurance.field.coverageFrom'), dataIndex: 'coverageFrom', key: 'from' },
    { title: t('insurance.field.coverageTo'), dataIndex: 'coverageTo', key: 'to' },
    { title: t('insurance.field.enrolledCount'), dataIndex: 'enrolledCount', key: 'enrolled', align: 'right' },
    { title: t('insurance.field.premiumTotal'), key: 'total', align: 'right', render: (_, p) => fenToYuan(p.premiumTotalFen) },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        <InputNumber
          aria-label={t('insurance.filter.year')}
          placeholder={t('insurance.filter.year')}
          value={year}
          precision={0}
          onChange={(value) => {
            setYear(typeof value === 'number' ? value : null);
            pages.reset();
          }}
        />
        <Input.Search
          aria-label={t('insurance.filter.insurer')}
          placeholder={t('insurance.filter.insurer')}
          allowClear
          onSearch={(value) => {
            setInsurer(value);
            pages.reset();
          }}
        />
        <Button type="primary" onClick={() => setPurchasing(true)} data-testid="purchase-policy-open">
          {t('insurance.policy.new')}
        </Button>
      </Space>
      {error ? (
        <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />
      ) : (
        <>
          <Table<Policy>
            data-testid="policy-table"
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={connection?.edges.map((edge) => edge.node) ?? []}
            loading={loading}
            pagination={false}
            locale={{ emptyText: t('insurance.empty') }}
          />
          <CursorPager
            testId="policy-page"
            totalKey="insurance.total"
            pages={pages}
            pageInfo={connection?.pageInfo}
            totalCount={connection?.totalCount ?? 0}
          />
        </>
      )}
      <PurchasePolicyModal open={purchasing} onClose={() => setPurchasing(false)} onPurchased={(id) => navigate(policyPath(id))} />
    </Space>
  );
}
