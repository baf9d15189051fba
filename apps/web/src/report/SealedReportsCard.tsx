import { useState } from 'react';
import { Button, Card, Input, Space, Table, Tooltip, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { formatShanghaiTime } from '../case-timeline/format-instant';
import { useCommand } from '../commands/use-command';
import { apiErrorMessage, readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import type { SealedReportsQuery as SealedReportsData } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { ActingUsersQuery } from '../shell/ActingUserSelect';
import { TownshipsQuery } from '../townships/TownshipSelect';
import { SealAnnualReportMutation, SealedReportsQuery } from './seal.queries';
import { SealVerifyButton } from './SealVerifyButton';

type Seal = SealedReportsData['sealedReports'][number];

const SEAL_QUERIES = ['SealedReports'] as const;

/** A hash is long; the table shows its head, the tooltip the whole. */
export const shortHash = (hash: string): string => (hash.length > 12 ? `${hash.slice(0, 12)}…` : hash);

/** 封存记录: the year's seals, sealing the report on screen, and 核验 of each seal. */
export function SealedReportsCard({ year, township }: { readonly year: number; readonly township: string | null }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [sealError, setSealError] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(SealedReportsQuery, { variables: { year, minPosition: null } });
  const townships = useQuery(TownshipsQuery).data?.townships ?? [];
  // sealedBy is an actor id: shown by name when the user list knows it.
  const users = useQuery(ActingUsersQuery).data?.users ?? [];
  const [seal, { loading: sealing }] = useCommand(SealAnnualReportMutation, { refetch: SEAL_QUERIES });
  const townshipName = (code: string | null) =>
    code === null ? t('report.county') : (townships.find((x) => x.code === code)?.name ?? code);
  const onSeal = async () => {
    setSealError(null);
    try {
      await seal({ year, township, note: note.trim() === '' ? null : note.trim() });
      setNote('');
    } catch (e) {
      setSealError(apiErrorMessage(readApiError(e), t));
    }
  };
  return (
    <Card
      title={t('report.seal.title')}
      data-testid="sealed-reports"
      extra={
        <Space wrap>
          <Input
            aria-label={t('report.seal.note')}
            placeholder={t('report.seal.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={200}
            data-testid="seal-note"
          />
          <Button type="primary" loading={sealing} onClick={() => void onSeal()} data-testid="seal-report">
            {t('report.seal.seal')}
          </Button>
        </Space>
      }
    >
      {sealError && <Typography.Text type="danger" data-testid="seal-error">{sealError}</Typography.Text>}
      {error ? (
        <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />
      ) : (
        <Table<Seal>
          rowKey="sealId"
          size="small"
          pagination={false}
          dataSource={data?.sealedReports ?? []}
          locale={{ emptyText: t('report.seal.none') }}
          columns={[
            { title: t('report.township'), key: 'township', render: (_, s) => townshipName(s.township) },
            { title: t('report.seal.position'), dataIndex: 'position', render: (p: number) => `#${p}` },
            {
              title: t('report.seal.figuresHash'),
              key: 'hash',
              render: (_, s) => (
                <Tooltip title={s.figuresHash}>
                  <Typography.Text code data-testid="seal-hash">{shortHash(s.figuresHash)}</Typography.Text>
                </Tooltip>
              ),
            },
            { title: t('report.seal.sealedAt'), key: 'at', render: (_, s) => formatShanghaiTime(s.sealedAt) },
            { title: t('report.seal.sealedBy'), key: 'by', render: (_, s) => users.find((u) => u.id === s.sealedBy)?.name ?? s.sealedBy },
            { title: t('report.seal.note'), dataIndex: 'note' },
            { title: '', key: 'verify', render: (_, s) => <SealVerifyButton year={year} sealId={s.sealId} /> },
          ]}
        />
      )}
    </Card>
  );
}
