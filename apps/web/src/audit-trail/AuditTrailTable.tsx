import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from '@apollo/client/react';
import { actorRoleLabel } from '../case-timeline/actor-role';
import { formatShanghaiTime } from '../case-timeline/format-instant';
import { summarizeTimelineEntry } from '../case-timeline/timeline-summary';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { AuditTrailTable_EventFragment } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { TownshipsQuery } from '../townships/TownshipSelect';
import { eventTypeLabel } from './event-types';

export const AuditTrailTable_event = graphql(`
  fragment AuditTrailTable_event on AuditEvent {
    eventId
    position
    type
    data
    recordedAt
    businessDate
    actorName
    actorRole
    actorTownship
    reason
  }
`);

type Row = AuditTrailTable_EventFragment;
type Props = {
  readonly events: ReadonlyArray<FragmentType<typeof AuditTrailTable_event>>;
  readonly loading: boolean;
  readonly onOpen: (eventId: string) => void;
  /** Log positions to mark (the events a report figure counted). */
  readonly marked?: ReadonlySet<number>;
};

/** One line per event, newest first as the API sends them: when, who, where, what and why. */
export function AuditTrailTable({ events, loading, onOpen, marked }: Props) {
  const { t, label } = useI18n();
  const townships = useQuery(TownshipsQuery);
  const townshipName = (code: string | null) =>
    code ? (townships.data?.townships.find((township) => township.code === code)?.name ?? code) : t('audit.none');
  // The audit row has no member list: events carrying only a personId name "a member".
  const context = { t, label, memberName: () => undefined };
  const rows = events.map((event) => getFragmentData(AuditTrailTable_event, event));
  const columns: ColumnsType<Row> = [
    {
      title: t('audit.position'),
      key: 'position',
      width: 80,
      render: (_, row) => (marked?.has(row.position) ? <Typography.Text mark title={t('audit.marked')}>{row.position}</Typography.Text> : row.position),
    },
    { title: t('audit.recordedAt'), key: 'recordedAt', render: (_, row) => formatShanghaiTime(row.recordedAt), width: 170 },
    { title: t('audit.businessDate'), key: 'businessDate', render: (_, row) => row.businessDate ?? t('audit.none'), width: 110 },
    {
      title: t('audit.actor'),
      key: 'actor',
      render: (_, row) => t('timeline.by', { name: row.actorName, role: actorRoleLabel(row.actorRole, t) }),
    },
    { title: t('field.township'), key: 'township', render: (_, row) => townshipName(row.actorTownship) },
    { title: t('audit.eventType'), key: 'type', render: (_, row) => eventTypeLabel(row.type, t) },
    {
      title: t('audit.summary'),
      key: 'summary',
      render: (_, row) => <span data-testid="audit-summary">{summarizeTimelineEntry(row, context)}</span>,
    },
    {
      title: t('field.reason'),
      key: 'reason',
      render: (_, row) => (row.reason ? <Typography.Text type="warning">{row.reason}</Typography.Text> : null),
    },
  ];
  return (
    <Table<Row>
      data-testid="audit-table"
      rowKey="eventId"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('audit.empty') }}
      onRow={(row) =>
        ({
          'data-testid': 'audit-row',
          'data-position': row.position,
          'data-event-type': row.type,
          'data-marked': marked?.has(row.position) ? 'true' : undefined,
          onClick: () => onOpen(row.eventId),
          style: { cursor: 'pointer' },
        }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
