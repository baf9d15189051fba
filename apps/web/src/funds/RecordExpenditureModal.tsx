import { Form, Input, Select } from 'antd';
import { EXPENDITURE_CATEGORIES, EXPENDITURE_CATEGORY_LABELS, type ExpenditureCategory } from '@careledger/domain-fund';
import { CivilDateField } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { optionalText } from '../forms/field-rules';
import { useI18n } from '../i18n/I18nProvider';
import { useRecordExpenditure } from './fund-commands.mutations';
import { MoneyField } from '../money/MoneyField';
import { fenOf } from '../money/yuan-fen';

type Values = { category: ExpenditureCategory; amountFen: string; spentOn: string; description: string; linkedStreamId?: string };
type Props = { readonly fundId: string; readonly open: boolean; readonly onClose: () => void };

/** 登记支出: spending from the fund, optionally linked to the record it paid for. */
export function RecordExpenditureModal({ fundId, open, onClose }: Props) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<Values>();
  const [record] = useRecordExpenditure();
  const submit = (v: Values) =>
    record({
      fundId,
      category: v.category,
      amountFen: fenOf(v.amountFen),
      spentOn: v.spentOn,
      description: v.description.trim(),
      linkedStreamId: optionalText(v.linkedStreamId) ?? null,
    });
  return (
    <CommandModal<Values> title={t('funds.action.spend')} open={open} onClose={onClose} form={form} testId="record-expenditure" onSubmit={submit}>
      <Form.Item name="category" label={t('funds.field.category')} rules={[{ required: true, message: t('form.required', { field: t('funds.field.category') }) }]}>
        <Select
          aria-label={t('funds.field.category')}
          data-testid="record-expenditure-category"
          options={EXPENDITURE_CATEGORIES.map((c) => ({ value: c, label: label(EXPENDITURE_CATEGORY_LABELS, c) }))}
        />
      </Form.Item>
      <MoneyField name="amountFen" label={t('funds.field.amount')} required range="positive" testId="record-expenditure-amount" />
      <CivilDateField name="spentOn" label={t('funds.field.spentOn')} required testId="record-expenditure-date" />
      <Form.Item
        name="description"
        label={t('funds.field.description')}
        rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('funds.field.description') }) }]}
      >
        <Input aria-label={t('funds.field.description')} data-testid="record-expenditure-description" maxLength={500} />
      </Form.Item>
      <Form.Item name="linkedStreamId" label={t('funds.field.linkedStreamId')} extra={t('funds.field.linkedStreamIdHelp')}>
        <Input aria-label={t('funds.field.linkedStreamId')} data-testid="record-expenditure-linked" maxLength={200} />
      </Form.Item>
    </CommandModal>
  );
}
