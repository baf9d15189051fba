import type { ReactNode } from 'react';
import { Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import type { NamePath } from 'antd/es/form/interface';
import { useI18n } from '../i18n/I18nProvider';
import { moneyRule, type MoneyRange } from './money-rule';

type MoneyFieldProps = {
  /** The API's field name (e.g. 'amountFen'), so a server error lands on this input. */
  readonly name: NamePath;
  readonly label: string;
  readonly testId?: string;
  readonly required?: boolean;
  readonly range?: MoneyRange;
  readonly extra?: ReactNode;
  /** Checks beyond "an amount in range", e.g. equal to the computed one. */
  readonly rules?: readonly Rule[];
  /** In a row of a list the label is shown as the placeholder instead. */
  readonly inline?: boolean;
};

/**
 * An amount typed in 元 (2 decimals). The form value stays the typed string; the submit turns it
 * into fen with `fenOf`, so nothing is rounded on the way.
 */
export function MoneyField({ name, label, testId, required = false, range = 'notNegative', extra, rules = [], inline = false }: MoneyFieldProps) {
  const { t } = useI18n();
  return (
    <Form.Item
      name={name}
      label={inline ? undefined : label}
      extra={extra}
      rules={[{ required, whitespace: true, message: t('form.required', { field: label }) }, moneyRule(t, range), ...rules]}
    >
      <Input aria-label={label} placeholder={inline ? label : undefined} data-testid={testId} inputMode="decimal" suffix={t('money.unit')} />
    </Form.Item>
  );
}
