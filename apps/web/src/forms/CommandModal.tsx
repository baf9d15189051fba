import { useState, type ReactNode } from 'react';
import { Alert, Button, Form, Modal, type FormInstance } from 'antd';
import { apiErrorField, apiErrorMessage, readApiError } from '../errors/api-error';
import { useI18n } from '../i18n/I18nProvider';

/** Resolve `onSubmit` with this to keep the modal open without an error (the form explains why). */
export const KEEP_OPEN = Symbol('keep-open');

type CommandModalProps<Values> = {
  readonly title: string;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly form: FormInstance<Values>;
  /** Sends the command; throws what Apollo throws. The modal closes when it resolves. */
  readonly onSubmit: (values: Values) => Promise<unknown>;
  /** Prefix of the test ids: `${testId}-form`, `${testId}-submit`, `${testId}-error`. */
  readonly testId: string;
  readonly initialValues?: Partial<Values>;
  readonly onValuesChange?: (changed: Partial<Values>, all: Values) => void;
  readonly children: ReactNode;
};

/**
 * A form in a modal that sends one command. A server refusal is shown in place: on the input it
 * names (`extensions.details.field`) when the form has that input, otherwise above the buttons.
 */
export function CommandModal<Values extends object>({
  title,
  open,
  onClose,
  form,
  onSubmit,
  testId,
  initialValues,
  onValuesChange,
  children,
}: CommandModalProps<Values>) {
  const { t } = useI18n();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const close = () => {
    setFormError(null);
    onClose();
  };

  const handleFinish = async (values: Values) => {
    setFormError(null);
    setSaving(true);
    try {
      if ((await onSubmit(values)) === KEEP_OPEN) return;
      form.resetFields();
      close();
    } catch (error) {
      const apiError = readApiError(error);
      const message = apiErrorMessage(apiError, t);
      const field = apiErrorField(apiError);
      // onFinish hands over every registered field, so `in` tells whether this form shows it.
      if (field !== undefined && field in values) form.setFields([{ name: field as never, errors: [message] }]);
      else setFormError(message);
      console.warn(`${apiError.code}: ${apiError.serverMessage}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={title}
      open={open}
      onCancel={close}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          {t('common.cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={saving} onClick={() => form.submit()} data-testid={`${testId}-submit`}>
          {t('common.submit')}
        </Button>,
      ]}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        data-testid={`${testId}-form`}
        preserve={false}
      >
        {children}
        {formError && <Alert type="error" showIcon title={formError} data-testid={`${testId}-error`} />}
      </Form>
    </Modal>
  );
}
