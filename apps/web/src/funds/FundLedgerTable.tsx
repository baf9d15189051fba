import { useState } from 'react';
import { Button, DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@apollo/client/react';
import { EXPENDITURE_CATEGORIES, EXPENDITURE_CATEGORY_LABELS, type ExpenditureCategory } from '@careledger/domain-fund';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { CIVIL_DATE_FORMAT } from '../forms/CivilDateField';
import type { FundLedgerQuery as FundLedgerData } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { CursorPager } from '../paging/CursorPager';
import { useCursorPages } from '../paging/use-cursor-pages';
import { FundLedgerQuery } from './funds.queries';
import { LinkedRecordLink } from './LinkedRecordLink';
import { fenToYuan } from '../money/yuan-fen';
import { ReverseExpenditureModal } from './ReverseExpenditureModal';

export const LEDGER_PAGE_SIZE = 20;

type Entry = NonNullable<FundLedgerData['fund']>['ledger']['edges'][number]['node'];
type Filter = { readonly category: ExpenditureCategory | null; readonly dateFrom: string | null; readonly dateTo: string | null };

/** The fund's ledger: filters, cursor pages, running figures, linked records and reversal. */
export function FundLedgerTable({ fundId, readOnly = false }: { readonly fundId: string; readonly readOnly?: boolean }) {
  const { t, label } = useI18n();
  const [filter, setFilter] = useState<Filter>({ category: null, dateFrom: null, dateTo: null });
  const pages = useCursorPages();
  const [reversing, setReversing] = useState<Entry | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(FundLedgerQuery, {
    variables: { id: fundId, first: LEDGER_PAGE_SIZE, after: pages.after, ...filter, minPosition: null },
    fetchPolicy: 'cache-and-network',
  });
  const ledger = (data ?? previousData)?.fund?.ledger;
  const changeFilter = (next: Partial<Filter>) => {
    setFilter((current) => ({ ...current, ...next }));
    pages.reset();
  };
  const range = (dates: [Dayjs | null, Dayjs | null] | null) =>
    changeFilter({ dateFrom: dates?.[0]?.format(CIVIL_DATE_FORMAT) ?? null, dateTo: dates?.[1]?.format(CIVIL_DATE_FORMAT) ?? null });

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select<ExpenditureCategory | 'ALL'>
          aria-label={t('funds.field.category')}
          data-testid="ledger-category"
          style={{ minWidth: 160 }}
          value={filter.category ?? 'ALL'}
          onChange={(value) => changeFilter({ category: value === 'ALL' ? null : value })}
          options={[
            { value: 'ALL', label: t('funds.ledger.allCategories') },
            ...EXPENDITURE_CATEGORIES.map((c) => ({ value: c, label: label(EXPENDITURE_CATEGORY_LABELS, c) })),
          ]}
        />
        <DatePicker.RangePicker aria-label={t('funds.ledger.date')} format={CIVIL_DATE_FORMAT} onChange={range} data-testid="ledger-dates" />
      </Space>
      {error ? (
        <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />
      ) : (
        <>
          <Table<Entry>
            size="small"
            rowKey="position"
            loading={loading}
            pagination={false}
            locale={{ emptyText: t('funds.ledger.empty') }}
            dataSource={ledger?.edges.map((e) => e.node) ?? []}
            onRow={() => ({ 'data-testid': 'ledger-row' }) as object}
            columns={[
              { key: 'date', title: t('funds.ledger.date'), dataIndex: 'date' },
              {
                key: 'kind',
                title: t('funds.ledger.kind'),
                render: (_, e) => (
                  <Space size={4}>
                    {t(`funds.kind.${e.kind}`)}
                    {e.category && <Tag>{label(EXPENDITURE_CATEGORY_LABELS, e.category)}</Tag>}
                    {e.reversed && <Tag color="default">{t('funds.ledger.reversed')}</Tag>}
                  </Space>
                ),
              },
              { key: 'amount', title: t('funds.ledger.amount'), align: 'right', render: (_, e) => <span data-testid="ledger-amount">{fenToYuan(e.amountFen)}</span> },
              {
                key: 'description',
                title: t('funds.ledger.description'),
                render: (_, e) => (
                  <Space orientation="vertical" size={0}>
                    <Typography.Text>{e.description ?? e.source}</Typography.Text>
                    {e.reason && <Typography.Text type="secondary">{e.reason}</Typography.Text>}
                  </Space>
                ),
              },
              { key: 'linked', title: t('funds.ledger.linked'), render: (_, e) => <LinkedRecordLink linked={e.linked} /> },
              { key: 'remaining', title: t('funds.ledger.remaining'), align: 'right', render: (_, e) => fenToYuan(e.runningRemainingFen) },
              { key: 'balance', title: t('funds.ledger.balance'), align: 'right', render: (_, e) => <span data-testid="ledger-balance">{fenToYuan(e.runningBalanceFen)}</span> },
              { key: 'actor', title: t('funds.ledger.actor'), dataIndex: 'actorName' },
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_, e) =>
                  !readOnly && e.kind === 'EXPENDITURE' && !e.reversed ? (
                    <Button size="small" onClick={() => setReversing(e)} data-testid="ledger-reverse">
                      {t('funds.ledger.reverse')}
                    </Button>
                  ) : null,
              },
            ]}
          />
          <CursorPager
            testId="ledger"
            totalKey="funds.total"
            pages={pages}
            pageInfo={ledger?.pageInfo}
            totalCount={ledger?.totalCount ?? 0}
          />
        </>
      )}
      <ReverseExpenditureModal
        fundId={fundId}
        expenditure={reversing ? { entryId: reversing.entryId, description: reversing.description ?? '' } : null}
        onClose={() => setReversing(null)}
      />
    </Space>
  );
}
