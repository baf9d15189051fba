import { Descriptions, Drawer, Space, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { actorRoleLabel } from '../case-timeline/actor-role';
import { formatShanghaiTime } from '../case-timeline/format-instant';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { casePath } from '../routing/routes';
import { eventTypeLabel } from './event-types';

export const AuditEventDrawer_event = graphql(`
  fragment AuditEventDrawer_event on AuditEvent {
    eventId
    position
    streamId
    revision
    type
    schemaVersion
    data
    recordedAt
    businessDate
    actorId
    actorName
    actorRole
    actorTownship
    reason
    commandId
    correlationId
    causationId
    prevHash
    hash
    caseIds
  }
`);

type Props = { readonly event: FragmentType<typeof AuditEventDrawer_event> | null; readonly onClose: () => void };

const mono = (text: string, testId?: string) => (
  <Typography.Text code copyable style={{ wordBreak: 'break-all' }} data-testid={testId}>
    {text}
  </Typography.Text>
);

/** Everything the log holds about one event: its metadata, its place in the hash chain, its payload. */
export function AuditEventDrawer({ event: eventRef, onClose }: Props) {
  const { t } = useI18n();
  const event = eventRef ? getFragmentData(AuditEventDrawer_event, eventRef) : null;
  const metadata: DescriptionsProps['items'] = event
    ? [
        { key: 'eventId', label: t('audit.eventId'), children: mono(event.eventId) },
        { key: 'stream', label: t('audit.streamId'), children: mono(event.streamId) },
        { key: 'revision', label: t('audit.streamRevision'), children: event.revision },
        { key: 'schema', label: t('audit.schemaVersion'), children: event.schemaVersion },
        { key: 'recordedAt', label: t('audit.recordedAt'), children: formatShanghaiTime(event.recordedAt) },
        { key: 'businessDate', label: t('audit.businessDate'), children: event.businessDate ?? t('audit.none') },
        {
          key: 'actor',
          label: t('audit.actor'),
          children: `${t('timeline.by', { name: event.actorName, role: actorRoleLabel(event.actorRole, t) })} · ${event.actorId}${
            event.actorTownship ? ` · ${event.actorTownship}` : ''
          }`,
        },
        { key: 'reason', label: t('field.reason'), children: event.reason ?? t('audit.none') },
        { key: 'command', label: t('audit.commandId'), children: mono(event.commandId, 'audit-command-id') },
        { key: 'correlation', label: t('audit.correlationId'), children: mono(event.correlationId, 'audit-correlation-id') },
        { key: 'causation', label: t('audit.causationId'), children: mono(event.causationId, 'audit-causation-id') },
      ]
    : [];
  const chain: DescriptionsProps['items'] = event
    ? [
        { key: 'prevHash', label: t('audit.prevHash'), children: mono(event.prevHash, 'audit-prev-hash') },
        { key: 'hash', label: t('audit.hash'), children: mono(event.hash, 'audit-hash') },
      ]
    : [];
  return (
    <Drawer
      open={event !== null}
      onClose={onClose}
      size="large"
      destroyOnHidden
      title={event ? t('audit.eventTitle', { position: event.position, type: eventTypeLabel(event.type, t) }) : ''}
      data-testid="audit-drawer"
    >
      {event && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="audit-event" data-event-id={event.eventId}>
          <Descriptions title={t('audit.metadata')} column={1} size="small" bordered items={metadata} />
          <Descriptions title={t('audit.chain')} column={1} size="small" bordered items={chain} />
          <div>
            <Typography.Title level={5}>{t('audit.payload')}</Typography.Title>
            <pre data-testid="audit-payload" style={{ background: '#fafafa', padding: 12, overflowX: 'auto', margin: 0 }}>
              {JSON.stringify(event.data, null, 2)}
            </pre>
          </div>
          <div>
            <Typography.Title level={5}>{t('audit.cases')}</Typography.Title>
            {event.caseIds.length === 0 ? (
              <Typography.Text type="secondary">{t('audit.noCases')}</Typography.Text>
            ) : (
              <Space wrap>
                {event.caseIds.map((caseId) => (
                  <Tag key={caseId}>
                    <Link to={casePath(caseId)} data-testid="audit-case-link">
                      {caseId}
                    </Link>
                  </Tag>
                ))}
              </Space>
            )}
          </div>
        </Space>
      )}
    </Drawer>
  );
}
