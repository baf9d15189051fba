import { useState } from 'react';
import { Button, Card, Select, Space, Table } from 'antd';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { todayInShanghai } from '../forms/CivilDateField';
import type { FundsPageQuery as FundsData } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { navigate } from '../routing/router';
import { fundPath } from '../routing/routes';
import { AllocateBudgetModal } from './AllocateBudgetModal';
import { CursorPager } from '../paging/CursorPager';
import { useCursorPages } from '../paging/use-cursor-pages';
import { FundsPageQuery } from './funds.queries';
import { fenToYuan } from '../money/yuan-fen';
import { TargetsCard } from './TargetsCard';

export const FUNDS_PAGE_SIZE = 20;

type FundRow = FundsData['funds']['edges'][number]['node'];

/** The years offered: a few back from this one (the seed report's 2023 among them) and next year. */
export function selectableYears(currentYear: number): number[] {
  return Array.from({ length: Math.max(currentYear + 1 - 2020, 0) + 1 }, (_, i) => currentYear + 1 - i);
}

/** /funds — the year's funds and the year's performance targets. */
export function FundsPage({ initialYear }: { readonly initialYear?: number }) {
  const { t } = useI18n();
  const currentYear = Number(todayInShanghai().slice(0, 4));
  const [year, setYear] = useState(initialYear ?? currentYear);
  const [creating, setCreating] = useState(false);
  const pages = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(FundsPageQuery, {
    variables: { year, first: FUNDS_PAGE_SIZE, after: pages.after, minPosition: null },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.funds;
  const money = (key: keyof FundRow & `${string}Fen`) => (_: unknown, row: FundRow) => fenToYuan(row[key]);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="funds-page">
      <Card
        title={t('funds.title')}
        extra={
          <Space>
            <Select<number>
              aria-label={t('funds.year')}
              data-testid="funds-year"
              value={year}
              onChange={(next) => {
                setYear(next);
                pages.reset();
              }}
              options={selectableYears(Math.max(currentYear, year)).map((y) => ({ value: y, label: String(y) }))}
            />
            <Button type="primary" onClick={() => setCreating(true)} data-testid="funds-new">
              {t('funds.new')}
            </Button>
          </Space>
        }
      >
        {error ? (
          <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />
        ) : (
          <>
            <Table<FundRow>
              size="small"
              rowKey="id"
              loading={loading}
              pagination={false}
              locale={{ emptyText: t('funds.empty') }}
              dataSource={connection?.edges.map((e) => e.node) ?? []}
              onRow={(row) => ({ 'data-testid': 'fund-row', onClick: () => navigate(fundPath(row.id)), style: { cursor: 'pointer' } }) as object}
              columns={[
                { key: 'name', title: t('funds.col.name'), render: (_, row) => <Link to={fundPath(row.id)}>{row.name}</Link> },
                { key: 'id', title: t('funds.col.id'), dataIndex: 'id' },
                { key: 'allocated', title: t('funds.col.allocated'), align: 'right', render: money('allocatedFen') },
                { key: 'received', title: t('funds.col.received'), align: 'right', render: money('receivedFen') },
                { key: 'spent', title: t('funds.col.spent'), align: 'right', render: money('spentFen') },
                { key: 'remaining', title: t('funds.col.remaining'), align: 'right', render: money('remainingFen') },
              ]}
            />
            <CursorPager
              testId="funds"
              totalKey="funds.total"
              pages={pages}
              pageInfo={connection?.pageInfo}
              totalCount={connection?.totalCount ?? 0}
            />
          </>
        )}
      </Card>
      <TargetsCard year={year} />
      <AllocateBudgetModal year={year} open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
