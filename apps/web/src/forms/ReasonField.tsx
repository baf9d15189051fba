import { Form, Input } from 'antd';
import { useI18n } from '../i18n/I18nProvider';

/** The "why" of a correction or reversal; it goes into the audit trail and shows on the timeline. */
export function ReasonField({ required = true, testId }: { readonly required?: boolean; readonly testId: string }) {
  const { t } = useI18n();
  return (
    <Form.Item
      name="reason"
      label={t('field.reason')}
      rules={[{ required, whitespace: true, message: t('form.reasonRequired') }]}
    >
      <Input.TextArea aria-label={t('field.reason')} data-testid={testId} rows={3} maxLength={500} />
    </Form.Item>
  );
}
