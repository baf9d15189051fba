import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { VISIT_TYPE_LABELS, VISIT_TYPES } from '@careledger/domain-visit';
import { CivilDateField, todayInShanghai } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { useI18n } from '../i18n/I18nProvider';
import { MoneyField } from '../money/MoneyField';
import { yuanToFen } from '../money/yuan-fen';
import { TownshipSelect } from '../townships/TownshipSelect';
import { FamilySelect } from '../family-picker/FamilySelect';
import { FundSelect } from './FundSelect';
import { PersonsSelect } from './PersonsSelect';
import { RecordVisitMutation } from './visits.graphql';
import { toRecordVisitInput, type VisitFormValues } from './visit-form';
import { useVisitCommand } from './use-visit-command';

type Props = {
  readonly open: boolean;
  readonly onClose: () => void;
  /** Prefilled from a case page: the family and its township. */
  readonly initial?: { readonly caseIds: string[]; readonly township?: string };
};

/** 登记走访: a visit recorded after the fact, with the families and people reached and any aid given. */
export function RecordVisitModal({ open, onClose, initial }: Props) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<VisitFormValues>();
  const [recordVisit] = useVisitCommand(RecordVisitMutation);
  const caseIds = Form.useWatch('caseIds', form) ?? [];
  const visitedOn = Form.useWatch('visitedOn', form) ?? todayInShanghai();
  const cash = yuanToFen(Form.useWatch('cashAidFen', form)) ?? 0;
  const required = (field: string) => ({ required: true, message: t('form.required', { field }) });
  return (
    <CommandModal<VisitFormValues>
      title={t('visits.record.title')}
      open={open}
      onClose={onClose}
      form={form}
      testId="record-visit"
      initialValues={{ visitType: 'HOME', visitedOn: todayInShanghai(), caseIds: initial?.caseIds ?? [], township: initial?.township, visitors: [] }}
      onSubmit={(values) => recordVisit(toRecordVisitInput(values))}
    >
      <Form.Item name="visitType" label={t('visits.field.visitType')} rules={[required(t('visits.field.visitType'))]}>
        <Select
          aria-label={t('visits.field.visitType')}
          data-testid="record-visit-type"
          options={VISIT_TYPES.map((v) => ({ value: v, label: label(VISIT_TYPE_LABELS, v) }))}
        />
      </Form.Item>
      <CivilDateField name="visitedOn" label={t('visits.field.visitedOn')} required testId="record-visit-date" />
      <Form.Item name="township" label={t('visits.field.township')} rules={[required(t('visits.field.township'))]}>
        <TownshipSelect ariaLabel={t('visits.field.township')} testId="record-visit-township" />
      </Form.Item>
      <Form.Item name="visitors" label={t('visits.field.visitors')} rules={[{ ...required(t('visits.field.visitors')), type: 'array', min: 1 }]}>
        <Select mode="tags" aria-label={t('visits.field.visitors')} data-testid="record-visit-visitors" open={false} tokenSeparators={[',', '，', ' ']} />
      </Form.Item>
      <Form.Item name="caseIds" label={t('visits.field.cases')} rules={[{ ...required(t('visits.field.cases')), type: 'array', min: 1 }]}>
        <FamilySelect mode="multiple" ariaLabel={t('visits.field.cases')} placeholder={t('visits.searchCases')} testId="record-visit-cases" />
      </Form.Item>
      <Form.Item name="personsReached" label={t('visits.field.personsReached')}>
        <PersonsSelect caseIds={caseIds} ariaLabel={t('visits.field.personsReached')} testId="record-visit-persons" />
      </Form.Item>
      <Form.Item name="needsFound" label={t('visits.field.needsFound')} extra={t('visits.needsHint')}>
        <Input.TextArea aria-label={t('visits.field.needsFound')} data-testid="record-visit-needs" rows={3} />
      </Form.Item>
      <Space.Compact block>
        <Form.Item name="followUpAction" label={t('visits.field.followUp')} style={{ flex: 2 }}>
          <Input aria-label={t('visits.field.followUp')} data-testid="record-visit-follow-up" />
        </Form.Item>
        <Form.Item
          name="followUpDueOn"
          label={t('visits.field.followUpDueOn')}
          style={{ flex: 1 }}
          dependencies={['visitedOn']}
          rules={[
            {
              validator: async (_r, due: unknown) => {
                if (typeof due === 'string' && due < form.getFieldValue('visitedOn')) throw new Error(t('visits.error.dueBeforeVisit'));
              },
            },
          ]}
        >
          <Input type="date" aria-label={t('visits.field.followUpDueOn')} data-testid="record-visit-follow-up-due" />
        </Form.Item>
      </Space.Compact>
      <MoneyField name="cashAidFen" label={t('visits.field.cashYuan')} testId="record-visit-cash" />
      {cash > 0 && (
        <Form.Item name="fundId" label={t('visits.field.fund')} rules={[required(t('visits.field.fund'))]}>
          <FundSelect year={Number(visitedOn.slice(0, 4))} ariaLabel={t('visits.field.fund')} testId="record-visit-fund" />
        </Form.Item>
      )}
      <Form.List name="goods">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline">
                <Form.Item name={[field.name, 'description']} rules={[required(t('visits.field.goods'))]}>
                  <Input placeholder={t('visits.field.goods')} aria-label={t('visits.field.goods')} />
                </Form.Item>
                <Form.Item name={[field.name, 'quantity']} initialValue={1}>
                  <InputNumber min={1} precision={0} aria-label={t('visits.field.quantity')} />
                </Form.Item>
                <MoneyField name={[field.name, 'value']} label={t('visits.field.valueYuan')} inline />
                <Button onClick={() => remove(field.name)}>{t('visits.remove')}</Button>
              </Space>
            ))}
            <Button type="dashed" onClick={() => add()} block data-testid="record-visit-add-goods">
              {t('visits.addGoods')}
            </Button>
          </>
        )}
      </Form.List>
    </CommandModal>
  );
}
