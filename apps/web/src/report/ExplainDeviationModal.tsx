import { Form, Input, Typography } from 'antd';
import { CommandModal } from '../forms/CommandModal';
import { useI18n } from '../i18n/I18nProvider';
import { useExplainTargetDeviation } from './explain-deviation.mutation';

export type DeviationTarget = { readonly indicatorId: string; readonly name: string; readonly deviationReason?: string | null };

type Props = {
  readonly year: number;
  /** The indicator being explained; null = closed. */
  readonly target: DeviationTarget | null;
  readonly onClose: () => void;
};

/** 偏差原因: why an indicator's result deviates from its target; a new reason replaces the last, both stay in the log. */
export function ExplainDeviationModal({ year, target, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [explain] = useExplainTargetDeviation();
  return (
    <CommandModal<{ reason: string }>
      // A new form state per indicator, starting from its current reason.
      key={target?.indicatorId ?? 'closed'}
      title={t('report.eval.explainTitle', { name: target?.name ?? '' })}
      open={target !== null}
      onClose={onClose}
      form={form}
      testId="explain-deviation"
      initialValues={{ reason: target?.deviationReason ?? '' }}
      onSubmit={(v) => explain({ year, indicatorId: target?.indicatorId ?? '', reason: v.reason.trim() })}
    >
      <Typography.Paragraph type="secondary">{t('report.eval.explainHint')}</Typography.Paragraph>
      <Form.Item name="reason" label={t('report.eval.deviationReason')} rules={[{ required: true, whitespace: true, message: t('report.eval.reasonRequired') }]}>
        <Input.TextArea aria-label={t('report.eval.deviationReason')} data-testid="explain-deviation-reason" rows={4} maxLength={500} showCount />
      </Form.Item>
    </CommandModal>
  );
}
