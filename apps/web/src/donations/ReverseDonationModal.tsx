import { Form } from 'antd';
import { CommandModal } from '../forms/CommandModal';
import { ReasonField } from '../forms/ReasonField';
import { useI18n } from '../i18n/I18nProvider';
import { useReverseDonation } from './donations.mutations';

type Values = { reason: string };
type Props = {
  readonly donation: { readonly year: number; readonly donationId: string; readonly source: string } | null;
  readonly onClose: () => void;
};

/** 冲销: takes a gift out of the year's total with a reason; the original stays listed. */
export function ReverseDonationModal({ donation, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [reverse] = useReverseDonation();
  return (
    <CommandModal<Values>
      title={t('donations.action.reverseTitle', { source: donation?.source ?? '' })}
      open={donation !== null}
      onClose={onClose}
      form={form}
      testId="reverse-donation"
      onSubmit={(v) => reverse({ year: donation?.year ?? 0, donationId: donation?.donationId ?? '', reason: v.reason.trim() })}
    >
      <ReasonField testId="reverse-donation-reason" />
    </CommandModal>
  );
}
