import { Form, Input, Select } from 'antd';
import { CONTACT_ROLES, CONTACT_ROLE_LABELS } from '@careledger/domain-care-case';
import type { CaseRef } from '../case-commands/case-ref';
import { CommandModal } from '../forms/CommandModal';
import { optionalText, phoneRule } from '../forms/field-rules';
import type { ContactRole } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { useAssignContactMutation } from './assign-contact.mutation';

type AssignContactValues = { role: ContactRole; name: string; phone?: string };
type Props = { readonly caseRef: CaseRef; readonly open: boolean; readonly onClose: () => void };

export function AssignContactModal({ caseRef, open, onClose }: Props) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<AssignContactValues>();
  const [assignContact] = useAssignContactMutation(caseRef);
  return (
    <CommandModal<AssignContactValues>
      title={t('assignContact.title')}
      open={open}
      onClose={onClose}
      form={form}
      testId="assign-contact"
      onSubmit={(values) => assignContact({ role: values.role, name: values.name.trim(), phone: optionalText(values.phone) })}
    >
      <Form.Item name="role" label={t('field.contactRole')} rules={[{ required: true, message: t('form.required', { field: t('field.contactRole') }) }]}>
        <Select
          aria-label={t('field.contactRole')}
          data-testid="assign-contact-role"
          options={CONTACT_ROLES.map((code) => ({ value: code, label: label(CONTACT_ROLE_LABELS, code) }))}
        />
      </Form.Item>
      <Form.Item name="name" label={t('field.contactName')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('field.contactName') }) }]}>
        <Input aria-label={t('field.contactName')} data-testid="assign-contact-name" maxLength={50} />
      </Form.Item>
      <Form.Item name="phone" label={t('field.phone')} rules={[phoneRule(t)]}>
        <Input aria-label={t('field.phone')} data-testid="assign-contact-phone" maxLength={20} />
      </Form.Item>
    </CommandModal>
  );
}
