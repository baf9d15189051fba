import { useState } from 'react';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { TARGET_DIRECTION_LABELS, TARGET_STATUS_LABELS, TARGET_UNIT_LABELS } from '@careledger/domain-fund';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import type { PerformanceTargetsQuery as TargetsData } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { PerformanceTargetsQuery } from './funds.queries';
import { ReviseTargetModal } from './ReviseTargetModal';
import { SetTargetModal } from './SetTargetModal';
import { formatTargetValue } from './target-value';
import { TargetHistory } from './TargetHistory';
import { WithdrawTargetModal } from './WithdrawTargetModal';

type Target = TargetsData['performanceTargets'][number];

/** The year's performance targets with set / revise / withdraw and each one's history. */
export function TargetsCard({ year }: { readonly year: number }) {
  const { t, label } = useI18n();
  const [setting, setSetting] = useState(false);
  const [revising, setRevising] = useState<Target | null>(null);
  const [withdrawing, setWithdrawing] = useState<Target | null>(null);
  const { data, loading, error, refetch } = useQuery(PerformanceTargetsQuery, { variables: { year, minPosition: null } });
  const targets = data?.performanceTargets ?? [];
  const weight = targets.filter((x) => x.status === 'ACTIVE').reduce((sum, x) => sum + x.weight, 0);
  return (
    <Card
      title={t('funds.targets.title', { year })}
      data-testid="targets-card"
      extra={
        <Space>
          <Typography.Text type="secondary">{t('funds.targets.totalWeight', { weight })}</Typography.Text>
          <Button onClick={() => setSetting(true)} data-testid="target-set">
            {t('funds.targets.set')}
          </Button>
        </Space>
      }
    >
      {error ? (
        <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />
      ) : (
        <Table<Target>
          size="small"
          rowKey="indicatorId"
          loading={loading}
          pagination={false}
          locale={{ emptyText: t('funds.targets.empty') }}
          dataSource={targets}
          onRow={() => ({ 'data-testid': 'target-row' }) as object}
          expandable={{ expandedRowRender: (x) => <TargetHistory history={x.history} /> }}
          columns={[
            { key: 'name', title: t('funds.field.indicatorName'), dataIndex: 'name' },
            { key: 'direction', title: t('funds.field.direction'), render: (_, x) => label(TARGET_DIRECTION_LABELS, x.direction) },
            {
              key: 'value',
              title: t('funds.field.value'),
              align: 'right',
              render: (_, x) => <span data-testid="target-value">{formatTargetValue(x.value, x.unit, label(TARGET_UNIT_LABELS, x.unit))}</span>,
            },
            { key: 'weight', title: t('funds.field.weight'), align: 'right', dataIndex: 'weight' },
            { key: 'source', title: t('funds.field.sourceQuery'), render: (_, x) => <Typography.Text code>{x.sourceQuery}</Typography.Text> },
            {
              key: 'status',
              title: t('funds.targets.status'),
              render: (_, x) => <Tag color={x.status === 'ACTIVE' ? 'green' : 'default'}>{label(TARGET_STATUS_LABELS, x.status)}</Tag>,
            },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_, x) =>
                x.status === 'ACTIVE' ? (
                  <Space>
                    <Button size="small" onClick={() => setRevising(x)} data-testid="target-revise">
                      {t('funds.targets.revise')}
                    </Button>
                    <Button size="small" danger onClick={() => setWithdrawing(x)} data-testid="target-withdraw">
                      {t('funds.targets.withdraw')}
                    </Button>
                  </Space>
                ) : null,
            },
          ]}
        />
      )}
      <SetTargetModal year={year} open={setting} onClose={() => setSetting(false)} />
      <ReviseTargetModal year={year} target={revising} onClose={() => setRevising(null)} />
      <WithdrawTargetModal year={year} target={withdrawing} onClose={() => setWithdrawing(null)} />
    </Card>
  );
}
