import { useState } from 'react';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { DONATION_CHANNEL_LABELS, DONATION_CHANNELS, DONATION_STATUS_LABELS, type DonationChannel } from '@careledger/domain-donation';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { todayInShanghai } from '../forms/CivilDateField';
import type { DonationsPageQuery as DonationsData } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { fenToYuan } from '../money/yuan-fen';
import { CursorPager } from '../paging/CursorPager';
import { useCursorPages } from '../paging/use-cursor-pages';
import { DonationYearFigures } from './DonationYearFigures';
import { DonationsPageQuery } from './donations.queries';
import { RecordDonationModal } from './RecordDonationModal';
import { ReverseDonationModal } from './ReverseDonationModal';

export const DONATIONS_PAGE_SIZE = 20;

type DonationRow = DonationsData['donations']['edges'][number]['node'];

/** The campaign years offered: from 2020 (the seed report's 2022 and 2023 among them) to this year. */
const yearsUpTo = (last: number): number[] => Array.from({ length: Math.max(last - 2020, 0) + 1 }, (_, i) => last - i);

/** /donations — a year's online giving: its totals against last year's, the gifts, and recording or reversing one. */
export function DonationsPage({ initialYear }: { readonly initialYear?: number }) {
  const { t, label } = useI18n();
  const currentYear = Number(todayInShanghai().slice(0, 4));
  const [year, setYear] = useState(initialYear ?? currentYear);
  const [channel, setChannel] = useState<DonationChannel | null>(null);
  const [recording, setRecording] = useState(false);
  const [reversing, setReversing] = useState<DonationRow | null>(null);
  const pages = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(DonationsPageQuery, {
    variables: { year, previousYear: year - 1, channel, first: DONATIONS_PAGE_SIZE, after: pages.after, minPosition: null },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const connection = shown?.donations;
  const money = (key: 'amountFen' | 'matchingFen' | 'totalFen') => (_: unknown, row: DonationRow) => fenToYuan(row[key]);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="donations-page">
      {!error && <DonationYearFigures figures={shown?.thisYear} previous={shown?.previousYear} />}
      <Card
        title={t('donations.title')}
        extra={
          <Space>
            <Select<number>
              aria-label={t('donations.year')}
              data-testid="donations-year"
              value={year}
              onChange={(next) => {
                setYear(next);
                pages.reset();
              }}
              options={yearsUpTo(Math.max(currentYear, year)).map((y) => ({ value: y, label: String(y) }))}
            />
            <Select<DonationChannel | 'ALL'>
              aria-label={t('donations.channelFilter')}
              data-testid="donations-channel"
              style={{ minWidth: 160 }}
              value={channel ?? 'ALL'}
              onChange={(next) => {
                setChannel(next === 'ALL' ? null : next);
                pages.reset();
              }}
              options={[
                { value: 'ALL', label: t('donations.allChannels') },
                ...DONATION_CHANNELS.map((c) => ({ value: c, label: label(DONATION_CHANNEL_LABELS, c) })),
              ]}
            />
            <Button type="primary" onClick={() => setRecording(true)} data-testid="donations-record">
              {t('donations.action.record')}
            </Button>
          </Space>
        }
      >
        {error ? (
          <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />
        ) : (
          <>
            <Table<DonationRow>
              size="small"
              rowKey="donationId"
              loading={loading}
              pagination={false}
              locale={{ emptyText: t('donations.empty') }}
              dataSource={connection?.edges.map((e) => e.node) ?? []}
              onRow={() => ({ 'data-testid': 'donation-row' }) as object}
              columns={[
                { key: 'receivedOn', title: t('donations.col.receivedOn'), dataIndex: 'receivedOn' },
                { key: 'channel', title: t('donations.col.channel'), render: (_, row) => label(DONATION_CHANNEL_LABELS, row.channel) },
                { key: 'source', title: t('donations.col.source'), dataIndex: 'source' },
                { key: 'amount', title: t('donations.col.amount'), align: 'right', render: money('amountFen') },
                { key: 'matching', title: t('donations.col.matching'), align: 'right', render: money('matchingFen') },
                { key: 'total', title: t('donations.col.total'), align: 'right', render: money('totalFen') },
                {
                  key: 'status',
                  title: t('donations.col.status'),
                  render: (_, row) => (
                    <Space size={4}>
                      <Tag color={row.status === 'REVERSED' ? 'default' : 'green'}>{label(DONATION_STATUS_LABELS, row.status)}</Tag>
                      {row.reversalReason && <Typography.Text type="secondary">{row.reversalReason}</Typography.Text>}
                    </Space>
                  ),
                },
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_, row) =>
                    row.status === 'RECORDED' ? (
                      <Button size="small" danger onClick={() => setReversing(row)} data-testid="donation-reverse">
                        {t('donations.action.reverse')}
                      </Button>
                    ) : null,
                },
              ]}
            />
            <CursorPager
              testId="donations"
              totalKey="donations.total"
              pages={pages}
              pageInfo={connection?.pageInfo}
              totalCount={connection?.totalCount ?? 0}
            />
          </>
        )}
      </Card>
      <RecordDonationModal year={year} open={recording} onClose={() => setRecording(false)} />
      <ReverseDonationModal donation={reversing} onClose={() => setReversing(null)} />
    </Space>
  );
}
