import { useState } from 'react';
import { Button, Descriptions, Drawer, Form, Select } from 'antd';
import { VENUE_KIND_LABELS } from '@careledger/domain-visit';
import { CommandModal } from '../forms/CommandModal';
import { ReasonField } from '../forms/ReasonField';
import type { ActivityFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { PersonsSelect } from './PersonsSelect';
import { CorrectAttendanceMutation } from './visits.graphql';
import { useVisitCommand } from './use-visit-command';
import { personKey } from './visit-form';
import { fenToYuan } from '../money/yuan-fen';
import { FamilySelect } from '../family-picker/FamilySelect';

type Props = { readonly activity: ActivityFieldsFragment | null; readonly onClose: () => void; readonly readOnly: boolean };
type Values = { remove: string[]; addCases: string[]; add: string[]; reason: string };

const ref = (key: string) => ({ caseId: key.split('|')[0]!, personId: key.split('|')[1]! });

/** An activity's details and attendance, corrected by difference (add / remove) with a reason. */
export function ActivityDrawer({ activity, onClose, readOnly }: Props) {
  const { t, label } = useI18n();
  const [correcting, setCorrecting] = useState(false);
  const [form] = Form.useForm<Values>();
  const [correct] = useVisitCommand(CorrectAttendanceMutation);
  const addCases = Form.useWatch('addCases', form) ?? [];
  if (!activity) return null;
  return (
    <Drawer open title={activity.topic} onClose={onClose} size="large" data-testid="activity-drawer">
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('visits.field.venueKind')}>{label(VENUE_KIND_LABELS, activity.venueKind)}</Descriptions.Item>
        <Descriptions.Item label={t('visits.field.venueName')}>{activity.venueName}</Descriptions.Item>
        <Descriptions.Item label={t('visits.field.heldOn')}>{activity.heldOn}</Descriptions.Item>
        <Descriptions.Item label={t('visits.field.township')}>{activity.townshipName ?? t('visits.countyWideShort')}</Descriptions.Item>
        <Descriptions.Item label={t('visits.field.attendees')}>
          {t('visits.peopleCount', { persons: activity.attendeeCount, cases: activity.caseCount })}：
          {activity.attendees.map((a) => a.name ?? a.personId).join('、')}
        </Descriptions.Item>
        <Descriptions.Item label={t('visits.field.cashYuan')}>{activity.cashAidFen > 0 ? `${fenToYuan(activity.cashAidFen)} 元` : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('visits.field.corrections')}>{activity.correctionCount}</Descriptions.Item>
      </Descriptions>
      {!readOnly && (
        <Button style={{ marginTop: 16 }} onClick={() => setCorrecting(true)} data-testid="activity-correct-open">
          {t('visits.attendance.button')}
        </Button>
      )}
      <CommandModal<Values>
        title={t('visits.attendance.title')}
        open={correcting}
        onClose={() => setCorrecting(false)}
        form={form}
        testId="correct-attendance"
        initialValues={{ remove: [], addCases: [], add: [] }}
        onSubmit={(v) =>
          correct({
            activityId: activity.id,
            expectedRevision: activity.revision,
            remove: v.remove.map(ref),
            add: v.add.map(ref).filter((a) => v.addCases.includes(a.caseId)),
            reason: v.reason.trim(),
          })
        }
      >
        <Form.Item name="remove" label={t('visits.attendance.remove')}>
          <Select
            mode="multiple"
            aria-label={t('visits.attendance.remove')}
            options={activity.attendees.map((a) => ({ value: personKey(a.caseId, a.personId), label: a.name ?? a.personId }))}
          />
        </Form.Item>
        <Form.Item name="addCases" label={t('visits.field.cases')}>
          <FamilySelect mode="multiple" ariaLabel={t('visits.field.cases')} placeholder={t('visits.searchCases')} testId="correct-attendance-cases" />
        </Form.Item>
        <Form.Item name="add" label={t('visits.attendance.add')}>
          <PersonsSelect caseIds={addCases} ariaLabel={t('visits.attendance.add')} testId="correct-attendance-add" />
        </Form.Item>
        <ReasonField testId="correct-attendance-reason" />
      </CommandModal>
    </Drawer>
  );
}
