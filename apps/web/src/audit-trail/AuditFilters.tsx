import { useState } from 'react';
import { Button, DatePicker, Input, Select, Space } from 'antd';
import { useQuery } from '@apollo/client/react';
import dayjs, { type Dayjs } from 'dayjs';
import { actorRoleLabel } from '../case-timeline/actor-role';
import { CIVIL_DATE_FORMAT } from '../forms/CivilDateField';
import { useI18n } from '../i18n/I18nProvider';
import { ActingUsersQuery } from '../shell/ActingUserSelect';
import { TownshipSelect } from '../townships/TownshipSelect';
import type { AuditTrailFilter } from './audit-filter';
import { eventTypeLabel, KNOWN_EVENT_TYPES } from './event-types';

type Props = { readonly filter: AuditTrailFilter; readonly onChange: (filter: AuditTrailFilter) => void };
type DayRange = [Dayjs | null, Dayjs | null] | null;

const toDays = (from?: string, to?: string): [Dayjs | null, Dayjs | null] | null =>
  from || to ? [from ? dayjs(from, CIVIL_DATE_FORMAT) : null, to ? dayjs(to, CIVIL_DATE_FORMAT) : null] : null;
const fromDays = (range: DayRange): [string | undefined, string | undefined] => [
  range?.[0]?.format(CIVIL_DATE_FORMAT),
  range?.[1]?.format(CIVIL_DATE_FORMAT),
];

/** Who, what, where and when: every filter the audit trail query takes. */
export function AuditFilters({ filter, onChange }: Props) {
  const { t } = useI18n();
  const users = useQuery(ActingUsersQuery);
  // The id boxes apply on Enter (a half-typed id would match nothing); their text is kept here.
  const [streamId, setStreamId] = useState(filter.streamId ?? '');
  const [caseId, setCaseId] = useState(filter.caseId ?? '');
  const set = (patch: Partial<AuditTrailFilter>) => onChange({ ...filter, ...patch });
  const clear = () => {
    setStreamId('');
    setCaseId('');
    onChange({});
  };
  return (
    <Space wrap data-testid="audit-filters">
      <Input.Search
        aria-label={t('audit.streamId')}
        data-testid="audit-filter-stream"
        placeholder={t('audit.streamIdPlaceholder')}
        allowClear
        value={streamId}
        onChange={(event) => setStreamId(event.target.value)}
        onSearch={(value) => set({ streamId: value })}
        style={{ width: 240 }}
      />
      <Input.Search
        aria-label={t('audit.caseId')}
        data-testid="audit-filter-case"
        placeholder={t('audit.caseIdPlaceholder')}
        allowClear
        value={caseId}
        onChange={(event) => setCaseId(event.target.value)}
        onSearch={(value) => set({ caseId: value })}
        style={{ width: 240 }}
      />
      <Select<string>
        aria-label={t('audit.actor')}
        data-testid="audit-filter-actor"
        placeholder={t('audit.allActors')}
        allowClear
        loading={users.loading}
        style={{ minWidth: 200 }}
        value={filter.actorId}
        onChange={(actorId?: string) => set({ actorId })}
        options={(users.data?.users ?? []).map((user) => ({
          value: user.id,
          label: [user.name, actorRoleLabel(user.role, t), user.townshipName].filter(Boolean).join(' · '),
        }))}
      />
      <TownshipSelect
        ariaLabel={t('field.township')}
        testId="audit-filter-township"
        placeholder={t('caseList.allTownships')}
        allowClear
        style={{ minWidth: 140 }}
        value={filter.township}
        onChange={(township) => set({ township })}
      />
      <Select<string[]>
        mode="multiple"
        aria-label={t('audit.eventTypes')}
        data-testid="audit-filter-event-types"
        placeholder={t('audit.allEventTypes')}
        allowClear
        style={{ minWidth: 220 }}
        value={[...(filter.eventTypes ?? [])]}
        onChange={(eventTypes) => set({ eventTypes })}
        options={KNOWN_EVENT_TYPES.map((type) => ({ value: type, label: eventTypeLabel(type, t) }))}
      />
      <DatePicker.RangePicker
        aria-label={t('audit.recordedRange')}
        data-testid="audit-filter-recorded"
        placeholder={[t('audit.recordedFrom'), t('audit.recordedTo')]}
        format={CIVIL_DATE_FORMAT}
        allowEmpty={[true, true]}
        value={toDays(filter.recordedFrom, filter.recordedTo)}
        onChange={(range: DayRange) => {
          const [recordedFrom, recordedTo] = fromDays(range);
          set({ recordedFrom, recordedTo });
        }}
      />
      <DatePicker.RangePicker
        aria-label={t('audit.businessRange')}
        data-testid="audit-filter-business"
        placeholder={[t('audit.businessFrom'), t('audit.businessTo')]}
        format={CIVIL_DATE_FORMAT}
        allowEmpty={[true, true]}
        value={toDays(filter.businessFrom, filter.businessTo)}
        onChange={(range: DayRange) => {
          const [businessFrom, businessTo] = fromDays(range);
          set({ businessFrom, businessTo });
        }}
      />
      <Button onClick={clear} data-testid="audit-filter-clear">
        {t('audit.clear')}
      </Button>
    </Space>
  );
}
