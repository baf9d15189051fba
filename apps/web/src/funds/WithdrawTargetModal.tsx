import { Form } from 'antd';
import { CommandModal } from '../forms/CommandModal';
import { ReasonField } from '../forms/ReasonField';
import { useI18n } from '../i18n/I18nProvider';
import { useWithdrawPerformanceTarget } from './fund-commands.mutations';

type Props = {
  readonly year: number;
  readonly target: { readonly indicatorId: string; readonly name: string } | null;
  readonly onClose: () => void;
};

/** 撤销指标: withdrawn with a reason; it stays listed with its history. */
export function WithdrawTargetModal({ year, target, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [withdraw] = useWithdrawPerformanceTarget();
  return (
    <CommandModal<{ reason: string }>
      title={t('funds.targets.withdrawTitle', { name: target?.name ?? '' })}
      open={target !== null}
      onClose={onClose}
      form={form}
      testId="withdraw-target"
      onSubmit={(v) => withdraw({ year, indicatorId: target?.indicatorId ?? '', reason: v.reason.trim() })}
    >
      <ReasonField testId="withdraw-target-reason" />
    </CommandModal>
  );
}
