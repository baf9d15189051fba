import { Form, Input, Select } from 'antd';
import { REMOVAL_REASONS, REMOVAL_REASON_LABELS } from '@careledger/domain-insurance';
import { CivilDateField } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { optionalText } from '../forms/field-rules';
import type { EnrolmentTable_EnrolmentFragment, InsuranceRemovalReason } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { RemoveMemberMutation } from './insurance.mutations';
import { useInsuranceCommand } from './use-insurance-command';

export type RemoveMemberValues = { removedOn: string; reason: InsuranceRemovalReason; note?: string };

type Props = { readonly enrolment: EnrolmentTable_EnrolmentFragment | null; readonly onClose: () => void };

/** Ends a person's cover: removedOn is the last covered day; OTHER needs a note. */
export function RemoveMemberModal({ enrolment, onClose }: Props) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<RemoveMemberValues>();
  const [remove] = useInsuranceCommand(RemoveMemberMutation);
  const reason = Form.useWatch('reason', form);
  return (
    <CommandModal<RemoveMemberValues>
      title={`${t('insurance.remove')}：${enrolment?.personName ?? ''}`}
      open={enrolment !== null}
      onClose={onClose}
      form={form}
      testId="remove-member"
      onSubmit={(values) =>
        remove({
          year: enrolment!.year,
          caseId: enrolment!.caseId,
          personId: enrolment!.personId,
          removedOn: values.removedOn,
          reason: values.reason,
          note: optionalText(values.note) ?? null,
        })
      }
    >
      <CivilDateField name="removedOn" label={t('insurance.field.removedOn')} required testId="remove-member-removed-on" />
      <Form.Item
        name="reason"
        label={t('insurance.field.removalReason')}
        rules={[{ required: true, message: t('form.required', { field: t('insurance.field.removalReason') }) }]}
      >
        <Select
          aria-label={t('insurance.field.removalReason')}
          data-testid="remove-member-reason"
          options={REMOVAL_REASONS.map((code) => ({ value: code, label: label(REMOVAL_REASON_LABELS, code) }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('insurance.field.note')}
        rules={[{ required: reason === 'OTHER', whitespace: true, message: t('form.required', { field: t('insurance.field.note') }) }]}
      >
        <Input.TextArea aria-label={t('insurance.field.note')} data-testid="remove-member-note" rows={2} maxLength={500} />
      </Form.Item>
    </CommandModal>
  );
}
