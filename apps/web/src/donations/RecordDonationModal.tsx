import { Form, Input, Select } from 'antd';
import { DONATION_CHANNEL_LABELS, DONATION_CHANNELS, type DonationChannel } from '@careledger/domain-donation';
import { CivilDateField } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { useI18n } from '../i18n/I18nProvider';
import { MoneyField } from '../money/MoneyField';
import { fenOf } from '../money/yuan-fen';
import { useRecordDonation } from './donations.mutations';

type Values = { receivedOn: string; channel: DonationChannel; amountFen: string; matchingFen: string; source: string };
type Props = { readonly year: number; readonly open: boolean; readonly onClose: () => void };

/** 登记捐赠: one gift (or one platform batch) of the year, with any matching funds (配捐). */
export function RecordDonationModal({ year, open, onClose }: Props) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<Values>();
  const [record] = useRecordDonation();
  const inYear = {
    validator: async (_rule: unknown, value: unknown) => {
      if (typeof value === 'string' && !value.startsWith(`${year}-`)) throw new Error(t('donations.field.outsideYear', { year }));
    },
  };
  return (
    <CommandModal<Values>
      title={t('donations.action.record')}
      open={open}
      onClose={onClose}
      form={form}
      testId="record-donation"
      initialValues={{ channel: 'ONLINE', matchingFen: '0' }}
      onSubmit={(v) =>
        record({
          year,
          receivedOn: v.receivedOn,
          channel: v.channel,
          amountFen: fenOf(v.amountFen),
          matchingFen: fenOf(v.matchingFen),
          source: v.source.trim(),
        })
      }
    >
      <CivilDateField name="receivedOn" label={t('donations.field.receivedOn')} required rules={[inYear]} testId="record-donation-date" />
      <Form.Item name="channel" label={t('donations.field.channel')} rules={[{ required: true, message: t('form.required', { field: t('donations.field.channel') }) }]}>
        <Select<DonationChannel>
          aria-label={t('donations.field.channel')}
          data-testid="record-donation-channel"
          options={DONATION_CHANNELS.map((c) => ({ value: c, label: label(DONATION_CHANNEL_LABELS, c) }))}
        />
      </Form.Item>
      <MoneyField name="amountFen" label={t('donations.field.amount')} required range="positive" testId="record-donation-amount" />
      <MoneyField name="matchingFen" label={t('donations.field.matching')} required extra={t('donations.field.matchingHelp')} testId="record-donation-matching" />
      <Form.Item
        name="source"
        label={t('donations.field.source')}
        extra={t('donations.field.sourceHelp')}
        rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('donations.field.source') }) }]}
      >
        <Input aria-label={t('donations.field.source')} data-testid="record-donation-source" maxLength={200} />
      </Form.Item>
    </CommandModal>
  );
}
