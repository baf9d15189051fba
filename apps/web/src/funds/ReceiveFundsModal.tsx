import { Form, Input } from 'antd';
import { CivilDateField } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { useI18n } from '../i18n/I18nProvider';
import { useReceiveFunds } from './fund-commands.mutations';
import { MoneyField } from '../money/MoneyField';
import { fenOf } from '../money/yuan-fen';

type Values = { amountFen: string; receivedOn: string; source: string };
type Props = { readonly fundId: string; readonly open: boolean; readonly onClose: () => void };

/** 登记到账: money paid into the fund. */
export function ReceiveFundsModal({ fundId, open, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [receive] = useReceiveFunds();
  return (
    <CommandModal<Values>
      title={t('funds.action.receive')}
      open={open}
      onClose={onClose}
      form={form}
      testId="receive-funds"
      onSubmit={(v) => receive({ fundId, amountFen: fenOf(v.amountFen), receivedOn: v.receivedOn, source: v.source.trim() })}
    >
      <MoneyField name="amountFen" label={t('funds.field.amount')} required range="positive" testId="receive-funds-amount" />
      <CivilDateField name="receivedOn" label={t('funds.field.receivedOn')} required testId="receive-funds-date" />
      <Form.Item name="source" label={t('funds.field.source')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('funds.field.source') }) }]}>
        <Input aria-label={t('funds.field.source')} data-testid="receive-funds-source" maxLength={200} />
      </Form.Item>
    </CommandModal>
  );
}
