import { Empty, Timeline, Typography } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { actorRoleLabel } from './actor-role';
import { formatShanghaiTime } from './format-instant';
import { summarizeTimelineEntry } from './timeline-summary';

export const CaseTimeline_case = graphql(`
  fragment CaseTimeline_case on Case {
    members {
      personId
      name
    }
    timeline {
      eventId
      position
      revision
      type
      data
      recordedAt
      businessDate
      actorName
      actorRole
      reason
    }
  }
`);

/** The case's history, newest first: WHAT happened, WHO did it, WHEN, and WHY when a reason was given. */
export function CaseTimeline({ case: caseData }: { readonly case: FragmentType<typeof CaseTimeline_case> }) {
  const { t, label } = useI18n();
  const data = getFragmentData(CaseTimeline_case, caseData);
  const names = new Map(data.members.map((member) => [member.personId, member.name]));
  const context = { t, label, memberName: (personId: string) => names.get(personId) };
  const entries = [...data.timeline].sort((a, b) => b.revision - a.revision);
  if (entries.length === 0) return <Empty description={t('timeline.empty')} />;
  return (
    <Timeline
      data-testid="case-timeline"
      items={entries.map((entry) => ({
        key: entry.eventId,
        color: entry.reason ? 'orange' : 'blue',
        content: (
          <div data-testid="timeline-entry" data-event-type={entry.type}>
            <Typography.Text strong data-testid="timeline-summary">
              {summarizeTimelineEntry(entry, context)}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {t('timeline.by', { name: entry.actorName, role: actorRoleLabel(entry.actorRole, t) })}
                {' · '}
                {formatShanghaiTime(entry.recordedAt)}
                {entry.businessDate ? ` · ${t('timeline.businessDate', { date: entry.businessDate })}` : ''}
              </Typography.Text>
            </div>
            {entry.reason && <div data-testid="timeline-reason">{t('timeline.reason', { reason: entry.reason })}</div>}
          </div>
        ),
      }))}
    />
  );
}
