import { Form, Input, InputNumber } from 'antd';
import { CivilDateField } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { useI18n } from '../i18n/I18nProvider';
import { MoneyField } from '../money/MoneyField';
import { fenOf } from '../money/yuan-fen';
import { PurchasePolicyMutation } from './insurance.mutations';
import { useInsuranceCommand } from './use-insurance-command';

// Inputs carry the API's field names (premiumPerPersonFen holds the yuan text the user types) so a
// server refusal lands on the right input.
export type PurchasePolicyValues = {
  year: number;
  insurer: string;
  product: string;
  premiumPerPersonFen: string;
  coverageFrom: string;
  coverageTo: string;
  purchasedOn: string;
  targetEnrolment?: number | null;
};

type Props = { readonly open: boolean; readonly onClose: () => void; readonly onPurchased?: (policyId: string) => void };

export function PurchasePolicyModal({ open, onClose, onPurchased }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<PurchasePolicyValues>();
  const [purchase] = useInsuranceCommand(PurchasePolicyMutation);
  const required = (field: string) => ({ required: true, whitespace: true, message: t('form.required', { field }) });

  const submit = async (values: PurchasePolicyValues) => {
    const data = await purchase({
      year: values.year,
      insurer: values.insurer.trim(),
      product: values.product.trim(),
      premiumPerPersonFen: fenOf(values.premiumPerPersonFen),
      coverageFrom: values.coverageFrom,
      coverageTo: values.coverageTo,
      purchasedOn: values.purchasedOn,
      targetEnrolment: values.targetEnrolment ?? null,
    });
    onPurchased?.(data.purchasePolicy.id);
  };

  return (
    <CommandModal<PurchasePolicyValues> title={t('insurance.policy.new')} open={open} onClose={onClose} form={form} testId="purchase-policy" onSubmit={submit}>
      <Form.Item
        name="year"
        label={t('insurance.field.year')}
        rules={[{ required: true, type: 'integer', min: 2000, max: 2100, message: t('insurance.form.invalidYear') }]}
      >
        <InputNumber aria-label={t('insurance.field.year')} data-testid="purchase-policy-year" style={{ width: '100%' }} precision={0} />
      </Form.Item>
      <Form.Item name="insurer" label={t('insurance.field.insurer')} rules={[required(t('insurance.field.insurer'))]}>
        <Input aria-label={t('insurance.field.insurer')} data-testid="purchase-policy-insurer" maxLength={100} />
      </Form.Item>
      <Form.Item name="product" label={t('insurance.field.product')} rules={[required(t('insurance.field.product'))]}>
        <Input aria-label={t('insurance.field.product')} data-testid="purchase-policy-product" maxLength={100} />
      </Form.Item>
      <MoneyField name="premiumPerPersonFen" label={t('insurance.field.premiumPerPerson')} required testId="purchase-policy-premium" />
      <CivilDateField name="coverageFrom" label={t('insurance.field.coverageFrom')} required testId="purchase-policy-from" />
      <CivilDateField name="coverageTo" label={t('insurance.field.coverageTo')} required testId="purchase-policy-to" />
      <CivilDateField name="purchasedOn" label={t('insurance.field.purchasedOn')} required testId="purchase-policy-purchased" />
      <Form.Item
        name="targetEnrolment"
        label={t('insurance.field.targetEnrolment')}
        rules={[{ type: 'integer', min: 1, message: t('insurance.form.invalidCount') }]}
      >
        <InputNumber aria-label={t('insurance.field.targetEnrolment')} data-testid="purchase-policy-target" style={{ width: '100%' }} precision={0} />
      </Form.Item>
    </CommandModal>
  );
}
