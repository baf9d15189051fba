import { Form, Input, Radio, type FormInstance } from 'antd';
import { COUNTY_DECISIONS, COUNTY_DECISION_LABELS, TOWNSHIP_DECISIONS, TOWNSHIP_DECISION_LABELS } from '@careledger/domain-nursing-subsidy';
import { CivilDateField } from '../forms/CivilDateField';
import { ReasonField } from '../forms/ReasonField';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/i18n';
import { MoneyField } from '../money/MoneyField';
import { fenToYuan, yuanToFen } from '../money/yuan-fen';
import type { SubsidyAction } from './subsidy-actions';
import { opinionRequiredFor, periodRule } from './subsidy-form-rules';

type Props = { readonly action: SubsidyAction; readonly form: FormInstance; readonly amountFen: number };

/**
 * The inputs of one action's form. Field names are the command's input names, so a server
 * refusal naming a field (`extensions.details.field`) lands on that input.
 */
export function SubsidyActionFields({ action, form, amountFen }: Props) {
  const { t, label } = useI18n();
  const id = (field: string) => `subsidy-${action}-${field}`;
  const required = (key: MessageKey) => ({ required: true, whitespace: true, message: t('form.required', { field: t(key) }) });
  const text = (name: string, key: MessageKey, max = 64) => (
    <Form.Item name={name} label={t(key)} rules={[required(key)]}>
      <Input aria-label={t(key)} data-testid={id(name)} maxLength={max} />
    </Form.Item>
  );
  const date = (name: string, key: MessageKey) => <CivilDateField name={name} label={t(key)} required testId={id(name)} />;
  const opinion = (mustFor: readonly string[]) => (
    <Form.Item name="opinion" label={t('subsidies.field.opinion')} dependencies={['decision']} rules={[opinionRequiredFor(t, form, mustFor)]}>
      <Input.TextArea aria-label={t('subsidies.field.opinion')} data-testid={id('opinion')} rows={3} maxLength={2000} />
    </Form.Item>
  );
  const decision = <T extends string>(values: readonly T[], labels: { readonly [K in T]: { zh: string; en: string } }) => (
    <Form.Item name="decision" label={t('subsidies.field.decision')} rules={[{ required: true, message: t('form.required', { field: t('subsidies.field.decision') }) }]}>
      <Radio.Group aria-label={t('subsidies.field.decision')} data-testid={id('decision')}>
        {values.map((value) => (
          <Radio key={value} value={value} data-testid={id(`decision-${value}`)}>
            {label(labels, value)}
          </Radio>
        ))}
      </Radio.Group>
    </Form.Item>
  );
  const period = (
    <Form.Item name="period" label={t('subsidies.field.period')} rules={[required('subsidies.field.period'), periodRule(t)]}>
      <Input aria-label={t('subsidies.field.period')} data-testid={id('period')} maxLength={6} placeholder="202307" />
    </Form.Item>
  );

  switch (action) {
    case 'townshipReview':
      return (
        <>
          {decision(TOWNSHIP_DECISIONS, TOWNSHIP_DECISION_LABELS)}
          {opinion(['RETURNED'])}
        </>
      );
    case 'countyReview':
      return (
        <>
          {decision(COUNTY_DECISIONS, COUNTY_DECISION_LABELS)}
          {opinion(['REJECTED'])}
        </>
      );
    case 'supplement':
      return (
        <Form.Item name="note" label={t('subsidies.field.note')} rules={[required('subsidies.field.note')]}>
          <Input.TextArea aria-label={t('subsidies.field.note')} data-testid={id('note')} rows={3} maxLength={2000} />
        </Form.Item>
      );
    case 'postNotice':
      return date('postedOn', 'subsidies.field.postedOn');
    case 'closeNotice':
      return (
        <>
          {date('closedOn', 'subsidies.field.closedOn')}
          <Form.Item name="objections" label={t('subsidies.field.objections')}>
            <Input.TextArea aria-label={t('subsidies.field.objections')} data-testid={id('objections')} rows={3} maxLength={2000} />
          </Form.Item>
        </>
      );
    case 'refuseAfterNotice':
      return (
        <>
          {date('refusedOn', 'subsidies.field.refusedOn')}
          <ReasonField testId={id('reason')} />
        </>
      );
    case 'submitToSunshine':
      return (
        <>
          {text('externalRef', 'subsidies.field.externalRef')}
          {date('submittedOn', 'subsidies.field.submittedOn')}
        </>
      );
    case 'issuePayment':
      return (
        <>
          {text('batchId', 'subsidies.field.batchId')}
          {period}
          {/* Named like the input (amountFen) so a server refusal lands here; the user types yuan. */}
          <MoneyField
            name="amountFen"
            label={t('subsidies.field.amountFen')}
            required
            testId={id('amountFen')}
            extra={t('subsidies.form.computedAmount', { amount: fenToYuan(amountFen) })}
            rules={[equalsComputed(t, amountFen)]}
          />
          {date('issuedOn', 'subsidies.field.issuedOn')}
        </>
      );
    case 'confirmPayment':
      return date('paidOn', 'subsidies.field.paidOn');
    case 'recordFailure':
      return (
        <>
          <ReasonField testId={id('reason')} />
          {date('failedOn', 'subsidies.field.failedOn')}
        </>
      );
    case 'reissuePayment':
      return (
        <>
          {text('batchId', 'subsidies.field.batchId')}
          {period}
          {date('issuedOn', 'subsidies.field.issuedOn')}
        </>
      );
    case 'settleReimbursement':
      return (
        <>
          {text('voucherNo', 'subsidies.field.voucherNo')}
          {date('settledOn', 'subsidies.field.settledOn')}
        </>
      );
    case 'withdraw':
      return <ReasonField testId={id('reason')} />;
    default: {
      const _exhaustive: never = action;
      return _exhaustive;
    }
  }
}

/** A payment is always the computed amount (the decider refuses any other). */
function equalsComputed(t: ReturnType<typeof useI18n>['t'], amountFen: number) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      const fen = typeof value === 'string' ? yuanToFen(value) : null;
      if (fen !== null && fen !== amountFen) throw new Error(t('subsidies.form.amountMustMatch', { amount: fenToYuan(amountFen) }));
    },
  };
}
