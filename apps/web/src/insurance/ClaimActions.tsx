import { useState } from 'react';
import { Button, Form, Input, Select, Space, Typography } from 'antd';
import { CLAIM_DOCUMENT_KINDS, CLAIM_DOCUMENT_KIND_LABELS } from '@careledger/domain-insurance';
import { CivilDateField, todayInShanghai } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { ReasonField } from '../forms/ReasonField';
import type { ClaimDocumentKind, ClaimStatus } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/i18n';
import { MoneyField } from '../money/MoneyField';
import { fenOf } from '../money/yuan-fen';
import {
  RejectClaimMutation,
  SendClaimToInsurerMutation,
  SettleClaimMutation,
  SubmitClaimDocumentsMutation,
  WithdrawClaimMutation,
} from './insurance.mutations';
import { useInsuranceCommand } from './use-insurance-command';

type Action = 'submit' | 'send' | 'settle' | 'reject' | 'withdraw';

// The next steps each status allows (the claim decider's workflow); the server still decides.
const NEXT: Readonly<Record<ClaimStatus, readonly Action[]>> = {
  REPORTED: ['submit', 'withdraw'],
  DOCUMENTS_SUBMITTED: ['submit', 'send', 'withdraw'],
  SENT_TO_INSURER: ['settle', 'reject', 'withdraw'],
  SETTLED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

const TITLES: Readonly<Record<Action, MessageKey>> = {
  submit: 'insurance.claim.submitDocuments',
  send: 'insurance.claim.sendToInsurer',
  settle: 'insurance.claim.settle',
  reject: 'insurance.claim.reject',
  withdraw: 'insurance.claim.withdraw',
};

type Values = {
  documents?: ClaimDocumentKind[];
  submittedOn?: string;
  sentOn?: string;
  insurerRef?: string;
  amountFen?: string;
  settledOn?: string;
  rejectedOn?: string;
  reason?: string;
};

/** A button per next allowed step, each opening its form. */
export function ClaimActions({ claimId, status }: { readonly claimId: string; readonly status: ClaimStatus }) {
  const { t, label } = useI18n();
  const [action, setAction] = useState<Action | null>(null);
  const [form] = Form.useForm<Values>();
  const [submitDocuments] = useInsuranceCommand(SubmitClaimDocumentsMutation);
  const [send] = useInsuranceCommand(SendClaimToInsurerMutation);
  const [settle] = useInsuranceCommand(SettleClaimMutation);
  const [reject] = useInsuranceCommand(RejectClaimMutation);
  const [withdraw] = useInsuranceCommand(WithdrawClaimMutation);
  const next = NEXT[status];
  const required = (field: string) => ({ required: true, whitespace: true, message: t('form.required', { field }) });

  const run = (values: Values): Promise<unknown> => {
    switch (action) {
      case 'submit':
        return submitDocuments({ claimId, documents: values.documents ?? [], submittedOn: values.submittedOn! });
      case 'send':
        return send({ claimId, sentOn: values.sentOn!, insurerRef: values.insurerRef!.trim() });
      case 'settle':
        // Field named as the API's, typed in yuan: a refusal on amountFen shows on this input.
        return settle({ claimId, amountFen: fenOf(values.amountFen ?? ''), settledOn: values.settledOn! });
      case 'reject':
        return reject({ claimId, reason: values.reason!.trim(), rejectedOn: values.rejectedOn! });
      case 'withdraw':
        return withdraw({ claimId, reason: values.reason!.trim(), businessDate: todayInShanghai() });
      case null:
        return Promise.resolve();
      default: {
        const _exhaustive: never = action;
        return Promise.resolve(_exhaustive);
      }
    }
  };

  if (next.length === 0) return <Typography.Text type="secondary">{t('insurance.claim.closed')}</Typography.Text>;
  return (
    <>
      <Space wrap>
        {next.map((a) => (
          <Button key={a} type={a === 'withdraw' || a === 'reject' ? 'default' : 'primary'} onClick={() => setAction(a)} data-testid={`claim-${a}-open`}>
            {t(TITLES[a])}
          </Button>
        ))}
      </Space>
      <CommandModal<Values> title={action ? t(TITLES[action]) : ''} open={action !== null} onClose={() => setAction(null)} form={form} testId={`claim-${action ?? 'none'}`} onSubmit={run}>
        {action === 'submit' && (
          <>
            <Form.Item name="documents" label={t('insurance.field.documents')} rules={[{ required: true, message: t('form.required', { field: t('insurance.field.documents') }) }]}>
              <Select
                mode="multiple"
                aria-label={t('insurance.field.documents')}
                data-testid="claim-submit-documents"
                options={CLAIM_DOCUMENT_KINDS.map((code) => ({ value: code, label: label(CLAIM_DOCUMENT_KIND_LABELS, code) }))}
              />
            </Form.Item>
            <CivilDateField name="submittedOn" label={t('insurance.field.submittedOn')} required testId="claim-submit-on" />
          </>
        )}
        {action === 'send' && (
          <>
            <CivilDateField name="sentOn" label={t('insurance.field.sentOn')} required testId="claim-send-on" />
            <Form.Item name="insurerRef" label={t('insurance.field.insurerRef')} rules={[required(t('insurance.field.insurerRef'))]}>
              <Input aria-label={t('insurance.field.insurerRef')} data-testid="claim-send-ref" maxLength={100} />
            </Form.Item>
          </>
        )}
        {action === 'settle' && (
          <>
            <MoneyField name="amountFen" label={t('insurance.field.amount')} required testId="claim-settle-amount" />
            <CivilDateField name="settledOn" label={t('insurance.field.settledOn')} required testId="claim-settle-on" />
          </>
        )}
        {action === 'reject' && (
          <>
            <ReasonField testId="claim-reject-reason" />
            <CivilDateField name="rejectedOn" label={t('insurance.field.rejectedOn')} required testId="claim-reject-on" />
          </>
        )}
        {action === 'withdraw' && <ReasonField testId="claim-withdraw-reason" />}
      </CommandModal>
    </>
  );
}
