import { Form, Input, Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import { CLAIM_EVENT_TYPES, CLAIM_EVENT_TYPE_LABELS } from '@careledger/domain-insurance';
import { CivilDateField, todayInShanghai } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import type { ClaimEventType } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { navigate } from '../routing/router';
import { claimPath } from '../routing/routes';
import { CasePersonFields } from './CasePersonFields';
import { ReportClaimMutation } from './insurance.mutations';
import { InsurancePoliciesQuery } from './insurance.queries';
import { useInsuranceCommand } from './use-insurance-command';

export type ReportClaimValues = {
  policyYear?: number;
  caseId: string;
  personId: string;
  eventType: ClaimEventType;
  eventOn: string;
  reportedOn: string;
  description: string;
};

type Props = { readonly open: boolean; readonly onClose: () => void; readonly policyId?: string };

/** 报案: the server checks the person was enrolled on the event date (MEMBER_NOT_ENROLLED otherwise). */
export function ReportClaimModal({ open, onClose, policyId }: Props) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<ReportClaimValues>();
  const [report] = useInsuranceCommand(ReportClaimMutation);
  const { data } = useQuery(InsurancePoliciesQuery, { variables: { filter: null, first: 20, after: null, minPosition: null }, skip: !open });
  const required = (field: string) => ({ required: true, whitespace: true, message: t('form.required', { field }) });

  const submit = async (values: ReportClaimValues) => {
    const result = await report({
      policyYear: values.policyYear ?? null,
      caseId: values.caseId,
      personId: values.personId,
      eventType: values.eventType,
      eventOn: values.eventOn,
      reportedOn: values.reportedOn,
      description: values.description.trim(),
    });
    const claimId = result.reportClaim.createdId;
    if (claimId) navigate(claimPath(claimId));
  };

  return (
    <CommandModal<ReportClaimValues>
      title={t('insurance.claim.report')}
      open={open}
      onClose={onClose}
      form={form}
      testId="report-claim"
      onSubmit={submit}
      initialValues={{ reportedOn: todayInShanghai(), ...(policyId ? { policyYear: Number(policyId) } : {}) }}
    >
      <Form.Item name="policyYear" label={t('insurance.field.policy')}>
        <Select
          aria-label={t('insurance.field.policy')}
          data-testid="report-claim-policy"
          allowClear
          options={(data?.insurancePolicies.edges ?? []).map(({ node }) => ({ value: node.year, label: `${node.year} ${node.insurer}` }))}
        />
      </Form.Item>
      <CasePersonFields form={form} testId="report-claim" />
      <Form.Item name="eventType" label={t('insurance.field.eventType')} rules={[required(t('insurance.field.eventType'))]}>
        <Select
          aria-label={t('insurance.field.eventType')}
          data-testid="report-claim-event-type"
          options={CLAIM_EVENT_TYPES.map((code) => ({ value: code, label: label(CLAIM_EVENT_TYPE_LABELS, code) }))}
        />
      </Form.Item>
      <CivilDateField name="eventOn" label={t('insurance.field.eventOn')} required testId="report-claim-event-on" />
      <CivilDateField name="reportedOn" label={t('insurance.field.reportedOn')} required testId="report-claim-reported-on" />
      <Form.Item name="description" label={t('insurance.field.description')} rules={[required(t('insurance.field.description'))]}>
        <Input.TextArea aria-label={t('insurance.field.description')} data-testid="report-claim-description" rows={3} maxLength={500} />
      </Form.Item>
    </CommandModal>
  );
}
