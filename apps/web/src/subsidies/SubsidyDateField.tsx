import { DatePicker, Form } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { isCivilDate } from '@careledger/domain-kernel';
import { CIVIL_DATE_FORMAT } from '../forms/CivilDateField';
import { useI18n } from '../i18n/I18nProvider';

type Props = {
  readonly name: string;
  readonly label: string;
  readonly testId: string;
  /** Checks beyond "required, a valid day", e.g. the discharge not before the admission. */
  readonly rules?: readonly Rule[];
  /** Fields whose change re-checks this one. */
  readonly dependencies?: readonly string[];
};

/**
 * The shared CivilDateField (value = the civil date string sent to the API) plus rules that relate
 * it to other fields, which the shared one does not take.
 */
export function SubsidyDateField({ name, label, testId, rules = [], dependencies }: Props) {
  const { t } = useI18n();
  return (
    <Form.Item
      name={name}
      label={label}
      dependencies={dependencies ? [...dependencies] : undefined}
      getValueProps={(value: unknown) => ({ value: isCivilDate(value) ? dayjs(value, CIVIL_DATE_FORMAT) : undefined })}
      normalize={(value: Dayjs | null) => (value ? value.format(CIVIL_DATE_FORMAT) : undefined)}
      rules={[
        { required: true, message: t('form.required', { field: label }) },
        {
          validator: async (_rule, value: unknown) => {
            if (value !== undefined && value !== null && !isCivilDate(value)) throw new Error(t('form.invalidDate'));
          },
        },
        ...rules,
      ]}
    >
      <DatePicker aria-label={label} data-testid={testId} format={CIVIL_DATE_FORMAT} style={{ width: '100%' }} />
    </Form.Item>
  );
}
