import { Form } from 'antd';
import { CivilDateField } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { ReasonField } from '../forms/ReasonField';
import { useI18n } from '../i18n/I18nProvider';
import { useAdjustAllocation } from './fund-commands.mutations';
import { MoneyField } from '../money/MoneyField';
import { fenOf } from '../money/yuan-fen';

type Values = { deltaFen: string; adjustedOn: string; reason: string };
type Props = { readonly fundId: string; readonly open: boolean; readonly onClose: () => void };

/** 调整预算: raises or cuts the allocation, with a reason. */
export function AdjustAllocationModal({ fundId, open, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [adjust] = useAdjustAllocation();
  return (
    <CommandModal<Values>
      title={t('funds.action.adjust')}
      open={open}
      onClose={onClose}
      form={form}
      testId="adjust-allocation"
      onSubmit={(v) => adjust({ fundId, deltaFen: fenOf(v.deltaFen, { negative: true }), adjustedOn: v.adjustedOn, reason: v.reason.trim() })}
    >
      <MoneyField name="deltaFen" label={t('funds.field.delta')} required extra={t('funds.field.deltaHelp')} range="nonZero" testId="adjust-allocation-delta" />
      <CivilDateField name="adjustedOn" label={t('funds.field.adjustedOn')} required testId="adjust-allocation-date" />
      <ReasonField testId="adjust-allocation-reason" />
    </CommandModal>
  );
}
