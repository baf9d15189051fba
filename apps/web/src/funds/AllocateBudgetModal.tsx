import { Form, Input, InputNumber } from 'antd';
import { CivilDateField } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { useI18n } from '../i18n/I18nProvider';
import { navigate } from '../routing/router';
import { fundPath } from '../routing/routes';
import { useAllocateBudget } from './fund-commands.mutations';
import { MoneyField } from '../money/MoneyField';
import { fenOf } from '../money/yuan-fen';

type Values = { year: number; code: string; name: string; purpose: string; amountFen: string; allocatedOn: string };
type Props = { readonly year: number; readonly open: boolean; readonly onClose: () => void };

const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** 新建经费: opens a fund of a year with its budget, then shows it. */
export function AllocateBudgetModal({ year, open, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [allocate] = useAllocateBudget();
  const required = (key: Parameters<typeof t>[0]) => ({ required: true, whitespace: true, message: t('form.required', { field: t(key) }) });
  const submit = async (v: Values) => {
    const { allocateBudget } = await allocate({ ...v, code: v.code.trim(), name: v.name.trim(), purpose: v.purpose.trim(), amountFen: fenOf(v.amountFen) });
    navigate(fundPath(allocateBudget.id));
  };
  return (
    <CommandModal<Values> title={t('funds.new')} open={open} onClose={onClose} form={form} testId="allocate-budget" initialValues={{ year }} onSubmit={submit}>
      <Form.Item name="year" label={t('funds.field.year')} rules={[{ required: true, message: t('form.required', { field: t('funds.field.year') }) }]}>
        <InputNumber aria-label={t('funds.field.year')} min={2000} max={2999} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('funds.field.code')}
        extra={t('funds.field.codeHelp')}
        rules={[required('funds.field.code'), { pattern: CODE, message: t('funds.validation.code') }]}
      >
        <Input aria-label={t('funds.field.code')} data-testid="allocate-budget-code" maxLength={40} />
      </Form.Item>
      <Form.Item name="name" label={t('funds.field.name')} rules={[required('funds.field.name')]}>
        <Input aria-label={t('funds.field.name')} data-testid="allocate-budget-name" maxLength={100} />
      </Form.Item>
      <Form.Item name="purpose" label={t('funds.field.purpose')} rules={[required('funds.field.purpose')]}>
        <Input.TextArea aria-label={t('funds.field.purpose')} data-testid="allocate-budget-purpose" rows={2} maxLength={500} />
      </Form.Item>
      <MoneyField name="amountFen" label={t('funds.field.allocatedAmount')} required range="notNegative" testId="allocate-budget-amount" />
      <CivilDateField name="allocatedOn" label={t('funds.field.allocatedOn')} required testId="allocate-budget-date" />
    </CommandModal>
  );
}
