import { Form, Input } from 'antd';
import { CommandModal } from '../forms/CommandModal';
import { useI18n } from '../i18n/I18nProvider';
import { useSetPerformanceTarget } from './fund-commands.mutations';
import { TargetFieldsForm, targetFields, type TargetFieldValues } from './TargetFieldsForm';

type Values = TargetFieldValues & { indicatorId: string };
type Props = { readonly year: number; readonly open: boolean; readonly onClose: () => void };

/** 新增指标: one indicator of the year's performance targets. */
export function SetTargetModal({ year, open, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [setTarget] = useSetPerformanceTarget();
  return (
    <CommandModal<Values>
      title={t('funds.targets.set')}
      open={open}
      onClose={onClose}
      form={form}
      testId="set-target"
      initialValues={{ direction: 'AT_LEAST', unit: 'COUNT' }}
      onSubmit={(v) => setTarget({ year, indicatorId: v.indicatorId.trim(), ...targetFields(v) })}
    >
      <Form.Item
        name="indicatorId"
        label={t('funds.field.indicatorId')}
        rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('funds.field.indicatorId') }) }]}
      >
        <Input aria-label={t('funds.field.indicatorId')} data-testid="set-target-id" maxLength={64} />
      </Form.Item>
      <TargetFieldsForm testId="set-target" />
    </CommandModal>
  );
}
