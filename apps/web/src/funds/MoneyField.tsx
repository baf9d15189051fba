import { Form, Input } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import { yuanToFen } from './money';

export type MoneyRule = 'positive' | 'nonZero' | 'notNegative';

type MoneyFieldProps = {
  /** The API's field name (e.g. 'amountFen'), so a server error lands on this input. */
  readonly name: string;
  readonly label: string;
  readonly rule: MoneyRule;
  readonly testId: string;
  readonly help?: string;
};

const RULE_MESSAGES = {
  positive: 'funds.validation.positive',
  nonZero: 'funds.validation.nonZero',
  notNegative: 'funds.validation.notNegative',
} as const;

const passes = (rule: MoneyRule, fen: number) => (rule === 'positive' ? fen > 0 : rule === 'nonZero' ? fen !== 0 : fen >= 0);

/** An amount typed in 元 (2 decimals); the form value stays the typed string, sent as fen by `yuanToFen`. */
export function MoneyField({ name, label, rule, testId, help }: MoneyFieldProps) {
  const { t } = useI18n();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={help}
      rules={[
        { required: true, whitespace: true, message: t('form.required', { field: label }) },
        {
          validator: async (_rule, value: unknown) => {
            if (typeof value !== 'string' || value.trim() === '') return;
            const fen = yuanToFen(value);
            if (fen === null) throw new Error(t('funds.validation.yuan'));
            if (!passes(rule, fen)) throw new Error(t(RULE_MESSAGES[rule]));
          },
        },
      ]}
    >
      <Input aria-label={label} data-testid={testId} inputMode="decimal" suffix="元" />
    </Form.Item>
  );
}

/** The fen of a value MoneyField has already validated. */
export function fenOf(value: string): number {
  const fen = yuanToFen(value);
  if (fen === null) throw new Error(`Not a yuan amount: ${value}`);
  return fen;
}
