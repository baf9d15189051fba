import { Form, Input, InputNumber, Select } from 'antd';
import { TARGET_DIRECTION_LABELS, TARGET_DIRECTIONS, TARGET_UNIT_LABELS, TARGET_UNITS, type TargetUnit } from '@careledger/domain-fund';
import { useI18n } from '../i18n/I18nProvider';
import { parseTargetValue } from './target-value';

/** The form values of a target's fields; `value` is typed text, read by parseTargetValue. */
export type TargetFieldValues = {
  name: string;
  direction: (typeof TARGET_DIRECTIONS)[number];
  value: string;
  unit: TargetUnit;
  weight: number;
  sourceQuery: string;
};

/** The inputs of a target's fields, shared by "set" and "revise". */
export function TargetFieldsForm({ testId }: { readonly testId: string }) {
  const { t, label } = useI18n();
  const form = Form.useFormInstance<TargetFieldValues>();
  const required = (key: Parameters<typeof t>[0]) => ({ required: true, message: t('form.required', { field: t(key) }) });
  return (
    <>
      <Form.Item name="name" label={t('funds.field.indicatorName')} rules={[{ ...required('funds.field.indicatorName'), whitespace: true }]}>
        <Input aria-label={t('funds.field.indicatorName')} data-testid={`${testId}-name`} maxLength={100} />
      </Form.Item>
      <Form.Item name="direction" label={t('funds.field.direction')} rules={[required('funds.field.direction')]}>
        <Select aria-label={t('funds.field.direction')} options={TARGET_DIRECTIONS.map((d) => ({ value: d, label: label(TARGET_DIRECTION_LABELS, d) }))} />
      </Form.Item>
      <Form.Item name="unit" label={t('funds.field.unit')} rules={[required('funds.field.unit')]}>
        <Select aria-label={t('funds.field.unit')} options={TARGET_UNITS.map((u) => ({ value: u, label: label(TARGET_UNIT_LABELS, u) }))} />
      </Form.Item>
      <Form.Item
        name="value"
        label={t('funds.field.value')}
        dependencies={['unit']}
        rules={[
          { ...required('funds.field.value'), whitespace: true },
          {
            validator: async (_rule, value: unknown) => {
              if (typeof value !== 'string' || value.trim() === '') return;
              const unit = form.getFieldValue('unit') as TargetUnit | undefined;
              if (unit && parseTargetValue(value, unit) === null) {
                throw new Error(t(unit === 'FEN' || unit === 'PERCENT_BP' ? 'funds.validation.yuan' : 'funds.validation.wholeNumber'));
              }
            },
          },
        ]}
      >
        <Input aria-label={t('funds.field.value')} data-testid={`${testId}-value`} inputMode="decimal" />
      </Form.Item>
      <Form.Item
        name="weight"
        label={t('funds.field.weight')}
        rules={[required('funds.field.weight'), { type: 'integer', min: 1, max: 100, message: t('funds.validation.weight') }]}
      >
        <InputNumber aria-label={t('funds.field.weight')} data-testid={`${testId}-weight`} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="sourceQuery" label={t('funds.field.sourceQuery')} rules={[{ ...required('funds.field.sourceQuery'), whitespace: true }]}>
        <Input aria-label={t('funds.field.sourceQuery')} data-testid={`${testId}-source`} maxLength={100} placeholder="nursingSubsidy.issuedFen" />
      </Form.Item>
    </>
  );
}

/** The API's fields from validated form values. */
export function targetFields(v: TargetFieldValues) {
  return {
    name: v.name.trim(),
    direction: v.direction,
    unit: v.unit,
    value: parseTargetValue(v.value, v.unit) ?? 0,
    weight: v.weight,
    sourceQuery: v.sourceQuery.trim(),
  };
}
