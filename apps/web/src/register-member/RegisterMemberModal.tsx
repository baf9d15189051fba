import { useRef } from 'react';
import { Form, Input, Select } from 'antd';
import { MEMBER_RELATIONS, MEMBER_RELATION_LABELS, SEX_LABELS } from '@careledger/domain-care-case';
import type { CaseRef } from '../case-commands/case-ref';
import { CivilDateField } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { idNumberRule, optionalText, phoneRule } from '../forms/field-rules';
import { checkIdNumber } from '../forms/id-number.validation';
import type { MemberRelation } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { useRegisterMemberMutation } from './register-member.mutation';

export type RegisterMemberValues = {
  name: string;
  idNumber: string;
  relation: MemberRelation;
  birthDate: string;
  phone?: string;
};

type Props = { readonly caseRef: CaseRef; readonly open: boolean; readonly onClose: () => void };

export function RegisterMemberModal({ caseRef, open, onClose }: Props) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<RegisterMemberValues>();
  const [registerMember] = useRegisterMemberMutation(caseRef);
  const idNumber = Form.useWatch('idNumber', form);
  const check = typeof idNumber === 'string' && idNumber.trim() !== '' ? checkIdNumber(idNumber) : null;
  // The birth date is prefilled from the ID only while the user has not typed one of their own.
  const prefilled = useRef<string | undefined>(undefined);

  const onValuesChange = (changed: Partial<RegisterMemberValues>) => {
    if (changed.idNumber === undefined) return;
    const parsed = checkIdNumber(changed.idNumber);
    const current = form.getFieldValue('birthDate') as string | undefined;
    if (parsed.ok && (current === undefined || current === prefilled.current)) {
      prefilled.current = parsed.birthDate;
      form.setFieldValue('birthDate', parsed.birthDate);
    }
  };

  const required = (field: string) => ({ required: true, whitespace: true, message: t('form.required', { field }) });

  return (
    <CommandModal<RegisterMemberValues>
      title={t('registerMember.title')}
      open={open}
      onClose={onClose}
      form={form}
      testId="register-member"
      onValuesChange={onValuesChange}
      onSubmit={(values) =>
        registerMember({
          name: values.name.trim(),
          idNumber: values.idNumber.trim().toUpperCase(),
          relation: values.relation,
          birthDate: values.birthDate,
          phone: optionalText(values.phone),
        })
      }
    >
      <Form.Item name="name" label={t('field.name')} rules={[required(t('field.name'))]}>
        <Input aria-label={t('field.name')} data-testid="register-member-name" maxLength={50} />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('field.idNumber')}
        rules={[required(t('field.idNumber')), idNumberRule(t)]}
        extra={check?.ok ? t('registerMember.derivedFromId', { sex: label(SEX_LABELS, check.sex), birthDate: check.birthDate }) : undefined}
      >
        <Input aria-label={t('field.idNumber')} data-testid="register-member-id-number" maxLength={18} autoComplete="off" />
      </Form.Item>
      <Form.Item name="relation" label={t('field.relation')} rules={[{ required: true, message: t('form.required', { field: t('field.relation') }) }]}>
        <Select
          aria-label={t('field.relation')}
          data-testid="register-member-relation"
          options={MEMBER_RELATIONS.map((code) => ({ value: code, label: label(MEMBER_RELATION_LABELS, code) }))}
        />
      </Form.Item>
      <CivilDateField name="birthDate" label={t('field.birthDate')} required testId="register-member-birth-date" />
      <Form.Item name="phone" label={t('field.phone')} rules={[phoneRule(t)]}>
        <Input aria-label={t('field.phone')} data-testid="register-member-phone" maxLength={20} />
      </Form.Item>
    </CommandModal>
  );
}
