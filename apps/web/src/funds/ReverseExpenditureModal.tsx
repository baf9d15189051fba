import { Form } from 'antd';
import { CommandModal } from '../forms/CommandModal';
import { ReasonField } from '../forms/ReasonField';
import { useI18n } from '../i18n/I18nProvider';
import { useReverseExpenditure } from './fund-commands.mutations';

type Values = { reason: string };
type Props = {
  readonly fundId: string;
  readonly expenditure: { readonly entryId: string; readonly description: string } | null;
  readonly onClose: () => void;
};

/** 冲销: cancels an expenditure with a reason; the original stays in the ledger. */
export function ReverseExpenditureModal({ fundId, expenditure, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [reverse] = useReverseExpenditure();
  return (
    <CommandModal<Values>
      title={t('funds.action.reverseTitle', { description: expenditure?.description ?? '' })}
      open={expenditure !== null}
      onClose={onClose}
      form={form}
      testId="reverse-expenditure"
      onSubmit={(v) => reverse({ fundId, expenditureId: expenditure?.entryId ?? '', reason: v.reason.trim() })}
    >
      <ReasonField testId="reverse-expenditure-reason" />
    </CommandModal>
  );
}
