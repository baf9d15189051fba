import { Form } from 'antd';
import { CivilDateField } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { ReasonField } from '../forms/ReasonField';
import { useI18n } from '../i18n/I18nProvider';
import { useAdjustAllocation } from './fund-commands.mutations';
import { fenOf, MoneyField } from './MoneyField';

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
      onSubmit={(v) => adjust({ fundId, deltaFen: fenOf(v.deltaFen), adjustedOn: v.adjustedOn, reason: v.reason.trim() })}
    >
      <MoneyField name="deltaFen" label={t('funds.field.delta')} help={t('funds.field.deltaHelp')} rule="nonZero" testId="adjust-allocation-delta" />
      <CivilDateField name="adjustedOn" label={t('funds.field.adjustedOn')} required testId="adjust-allocation-date" />
      <ReasonField testId="adjust-allocation-reason" />
    </CommandModal>
  );
}
