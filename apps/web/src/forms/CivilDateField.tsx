import { DatePicker, Form } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { isCivilDate } from '@careledger/domain-kernel';
import { useI18n } from '../i18n/I18nProvider';

export const CIVIL_DATE_FORMAT = 'YYYY-MM-DD';

type CivilDateFieldProps = {
  readonly name: string;
  readonly label: string;
  readonly required?: boolean;
  readonly testId?: string;
  /** Checks beyond "a valid day", e.g. the discharge not before the admission. */
  readonly rules?: readonly Rule[];
  /** Fields whose change re-checks this one. */
  readonly dependencies?: readonly string[];
};

/**
 * A date picker whose form value is the civil date string ('2023-07-11') the API takes, so no
 * time zone ever enters: the day picked is the day sent.
 */
export function CivilDateField({ name, label, required = false, testId, rules = [], dependencies }: CivilDateFieldProps) {
  const { t } = useI18n();
  return (
    <Form.Item
      name={name}
      label={label}
      dependencies={dependencies ? [...dependencies] : undefined}
      getValueProps={(value: unknown) => ({ value: isCivilDate(value) ? dayjs(value, CIVIL_DATE_FORMAT) : undefined })}
      normalize={(value: Dayjs | null) => (value ? value.format(CIVIL_DATE_FORMAT) : undefined)}
      rules={[
        { required, message: t('form.required', { field: label }) },
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

/** Today on the Asia/Shanghai calendar, whatever the browser's zone: the default business date. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
