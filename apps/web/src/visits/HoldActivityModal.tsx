import { Form, Input, Select } from 'antd';
import { VENUE_KIND_LABELS, VENUE_KINDS } from '@careledger/domain-visit';
import { CivilDateField, todayInShanghai } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import type { VenueKind } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { MoneyField } from '../money/MoneyField';
import { yuanToFen } from '../money/yuan-fen';
import { TownshipSelect } from '../townships/TownshipSelect';
import { FamilySelect } from '../family-picker/FamilySelect';
import { FundSelect } from './FundSelect';
import { PersonsSelect } from './PersonsSelect';
import { HoldActivityMutation } from './visits.graphql';
import { useVisitCommand } from './use-visit-command';

type Values = {
  venueKind: VenueKind;
  venueName: string;
  heldOn: string;
  topic: string;
  township?: string;
  caseIds: string[];
  attendees: string[];
  cashAidFen?: string;
  fundId?: string;
};

/** 登记活动: a collective activity at a venue, attendance chosen by family and person. */
export function HoldActivityModal({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<Values>();
  const [hold] = useVisitCommand(HoldActivityMutation);
  const caseIds = Form.useWatch('caseIds', form) ?? [];
  const heldOn = Form.useWatch('heldOn', form) ?? todayInShanghai();
  const cash = yuanToFen(Form.useWatch('cashAidFen', form)) ?? 0;
  const required = (field: string) => ({ required: true, message: t('form.required', { field }) });
  return (
    <CommandModal<Values>
      title={t('visits.activity.record.title')}
      open={open}
      onClose={onClose}
      form={form}
      testId="hold-activity"
      initialValues={{ venueKind: 'WARM_HEART_HOME', heldOn: todayInShanghai(), caseIds: [], attendees: [] }}
      onSubmit={(v) => {
        const cashAidFen = yuanToFen(v.cashAidFen) ?? 0;
        return hold({
          venueKind: v.venueKind,
          venueName: v.venueName.trim(),
          heldOn: v.heldOn,
          topic: v.topic.trim(),
          township: v.township ?? null,
          attendees: v.attendees.map((key) => ({ caseId: key.split('|')[0]!, personId: key.split('|')[1]! })).filter((a) => v.caseIds.includes(a.caseId)),
          cashAidFen,
          fundId: cashAidFen > 0 ? (v.fundId ?? null) : null,
        });
      }}
    >
      <Form.Item name="venueKind" label={t('visits.field.venueKind')} rules={[required(t('visits.field.venueKind'))]}>
        <Select aria-label={t('visits.field.venueKind')} options={VENUE_KINDS.map((v) => ({ value: v, label: label(VENUE_KIND_LABELS, v) }))} />
      </Form.Item>
      <Form.Item name="venueName" label={t('visits.field.venueName')} rules={[{ ...required(t('visits.field.venueName')), whitespace: true }]}>
        <Input aria-label={t('visits.field.venueName')} data-testid="hold-activity-venue" />
      </Form.Item>
      <CivilDateField name="heldOn" label={t('visits.field.heldOn')} required />
      <Form.Item name="topic" label={t('visits.field.topic')} rules={[{ ...required(t('visits.field.topic')), whitespace: true }]}>
        <Input aria-label={t('visits.field.topic')} data-testid="hold-activity-topic" />
      </Form.Item>
      <Form.Item name="township" label={t('visits.field.township')} extra={t('visits.countyWide')}>
        <TownshipSelect allowClear ariaLabel={t('visits.field.township')} />
      </Form.Item>
      <Form.Item name="caseIds" label={t('visits.field.cases')} rules={[{ ...required(t('visits.field.cases')), type: 'array', min: 1 }]}>
        <FamilySelect mode="multiple" ariaLabel={t('visits.field.cases')} placeholder={t('visits.searchCases')} testId="hold-activity-cases" />
      </Form.Item>
      <Form.Item name="attendees" label={t('visits.field.attendees')} rules={[{ ...required(t('visits.field.attendees')), type: 'array', min: 1 }]}>
        <PersonsSelect caseIds={caseIds} ariaLabel={t('visits.field.attendees')} testId="hold-activity-attendees" />
      </Form.Item>
      <MoneyField name="cashAidFen" label={t('visits.field.cashYuan')} testId="hold-activity-cash" />
      {cash > 0 && (
        <Form.Item name="fundId" label={t('visits.field.fund')} rules={[required(t('visits.field.fund'))]}>
          <FundSelect year={Number(heldOn.slice(0, 4))} ariaLabel={t('visits.field.fund')} testId="hold-activity-fund" />
        </Form.Item>
      )}
    </CommandModal>
  );
}
