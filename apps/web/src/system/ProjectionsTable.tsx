import { useState } from 'react';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { apiErrorMessage, readApiError } from '../errors/api-error';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { ProjectionsTable_ProjectionFragment } from '../gql/graphql';
import type { MessageKey } from '../i18n/i18n';
import { useI18n } from '../i18n/I18nProvider';
import { useResumeProjectionMutation } from './resume-projection.mutation';

export const ProjectionsTable_projection = graphql(`
  fragment ProjectionsTable_projection on ProjectionHealth {
    name
    position
    headPosition
    lag
    status
    skipped
    failedPosition
    failedEventId
    error
  }
`);

type Row = ProjectionsTable_ProjectionFragment;

const STATUS: Readonly<Record<string, { key: MessageKey; color: string }>> = {
  running: { key: 'system.status.running', color: 'green' },
  failed: { key: 'system.status.failed', color: 'red' },
  stopped: { key: 'system.status.stopped', color: 'default' },
};

// The API counts lag only up to this many events (it is a health signal, not an inventory).
const LAG_COUNT_LIMIT = 10000;

/** Each read model's checkpoint against the head of the log, with "resume" for a failed one. */
export function ProjectionsTable({ projections }: { readonly projections: ReadonlyArray<FragmentType<typeof ProjectionsTable_projection>> }) {
  const { t } = useI18n();
  const [resume, { loading: resuming }] = useResumeProjectionMutation();
  const [resumeError, setResumeError] = useState<string | null>(null);
  const rows = projections.map((projection) => getFragmentData(ProjectionsTable_projection, projection));

  const onResume = async (name: string) => {
    setResumeError(null);
    try {
      // Success shows in the row itself: the answer replaces the projection's cached health.
      await resume(name);
    } catch (error) {
      setResumeError(apiErrorMessage(readApiError(error), t));
    }
  };

  const columns: ColumnsType<Row> = [
    { title: t('system.name'), key: 'name', render: (_, row) => <Typography.Text code>{row.name}</Typography.Text> },
    { title: t('system.position'), dataIndex: 'position', key: 'position' },
    { title: t('system.head'), dataIndex: 'headPosition', key: 'head' },
    {
      title: t('system.lag'),
      key: 'lag',
      render: (_, row) => (row.lag >= LAG_COUNT_LIMIT ? t('system.lagAtLeast', { count: LAG_COUNT_LIMIT }) : row.lag),
    },
    {
      title: t('system.status'),
      key: 'status',
      render: (_, row) => {
        const status = STATUS[row.status];
        return <Tag color={status?.color ?? 'default'}>{status ? t(status.key) : row.status}</Tag>;
      },
    },
    {
      title: t('system.error'),
      key: 'error',
      render: (_, row) => (
        <>
          {row.error && (
            <Typography.Text type="danger" data-testid="projection-error">
              {row.failedPosition === null
                ? row.error
                : t('system.failedAt', { position: row.failedPosition, eventId: row.failedEventId ?? '?', error: row.error })}
            </Typography.Text>
          )}
          {row.skipped > 0 && <div>{t('system.skipped', { count: row.skipped })}</div>}
        </>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, row) =>
        row.status === 'failed' ? (
          <Button size="small" type="primary" loading={resuming} onClick={() => void onResume(row.name)} data-testid="resume-projection-button">
            {t('system.resume')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {resumeError && <Alert type="error" showIcon title={resumeError} data-testid="resume-projection-error" />}
      <Table<Row>
      data-testid="projections-table"
      rowKey="name"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      onRow={(row) => ({ 'data-testid': 'projection-row', 'data-name': row.name, 'data-status': row.status }) as React.HTMLAttributes<HTMLElement>}
      />
    </Space>
  );
}
