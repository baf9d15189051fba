import { Form } from 'antd';
import type { TargetDirection, TargetUnit } from '@careledger/domain-fund';
import { CommandModal } from '../forms/CommandModal';
import { ReasonField } from '../forms/ReasonField';
import { useI18n } from '../i18n/I18nProvider';
import { useRevisePerformanceTarget } from './fund-commands.mutations';
import { TargetFieldsForm, targetFields, type TargetFieldValues } from './TargetFieldsForm';
import { targetValueInput } from './target-value';

export type TargetRow = {
  readonly indicatorId: string;
  readonly name: string;
  readonly direction: TargetDirection;
  readonly value: number;
  readonly unit: TargetUnit;
  readonly weight: number;
  readonly sourceQuery: string;
};
type Values = TargetFieldValues & { reason: string };
type Props = { readonly year: number; readonly target: TargetRow | null; readonly onClose: () => void };

/** 修改指标: the current fields, changed with a reason (the server records only what changed). */
export function ReviseTargetModal({ year, target, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [revise] = useRevisePerformanceTarget();
  if (!target) return null;
  return (
    <CommandModal<Values>
      title={t('funds.targets.reviseTitle', { name: target.name })}
      open
      onClose={onClose}
      form={form}
      testId="revise-target"
      initialValues={{ ...target, value: targetValueInput(target.value, target.unit) }}
      onSubmit={(v) => revise({ year, indicatorId: target.indicatorId, ...targetFields(v), reason: v.reason.trim() })}
    >
      <TargetFieldsForm testId="revise-target" />
      <ReasonField testId="revise-target-reason" />
    </CommandModal>
  );
}
