import { useState } from 'react';
import { Alert, Form, Input, Select } from 'antd';
import { MEMBER_RELATIONS, MEMBER_RELATION_LABELS } from '@careledger/domain-care-case';
import type { CaseRef } from '../case-commands/case-ref';
import { CivilDateField } from '../forms/CivilDateField';
import { CommandModal, KEEP_OPEN } from '../forms/CommandModal';
import { idNumberRule, phoneRule } from '../forms/field-rules';
import { ReasonField } from '../forms/ReasonField';
import type { MemberRelation } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { useCorrectMemberDetailsMutation } from './correct-member-details.mutation';
import { memberCorrections, type CorrectMemberValues } from './member-corrections';

type Props = {
  readonly caseRef: CaseRef;
  readonly member: {
    readonly personId: string;
    readonly name: string;
    readonly relation: MemberRelation;
    readonly birthDate: string;
    readonly idNumberMasked: string;
    readonly phoneMasked: string | null;
  };
  readonly open: boolean;
  readonly onClose: () => void;
};

export function CorrectMemberModal({ caseRef, member, open, onClose }: Props) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<CorrectMemberValues>();
  const [correctMember] = useCorrectMemberDetailsMutation(caseRef);
  const [nothingChanged, setNothingChanged] = useState(false);

  const submit = async (values: CorrectMemberValues) => {
    const changes = memberCorrections(member, values);
    if (Object.keys(changes).length === 0) {
      setNothingChanged(true);
      return KEEP_OPEN;
    }
    setNothingChanged(false);
    return correctMember({ personId: member.personId, ...changes, reason: values.reason.trim() });
  };

  return (
    <CommandModal<CorrectMemberValues>
      title={t('correctMember.title', { name: member.name })}
      open={open}
      onClose={() => {
        setNothingChanged(false);
        onClose();
      }}
      form={form}
      testId="correct-member"
      initialValues={{ name: member.name, relation: member.relation, birthDate: member.birthDate }}
      onSubmit={submit}
    >
      <Form.Item name="name" label={t('field.name')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('field.name') }) }]}>
        <Input aria-label={t('field.name')} data-testid="correct-member-name" maxLength={50} />
      </Form.Item>
      <Form.Item name="idNumber" label={t('field.idNumber')} rules={[idNumberRule(t)]} extra={t('correctMember.keepMasked', { value: member.idNumberMasked })}>
        <Input aria-label={t('field.idNumber')} data-testid="correct-member-id-number" maxLength={18} autoComplete="off" />
      </Form.Item>
      <Form.Item name="relation" label={t('field.relation')}>
        <Select
          aria-label={t('field.relation')}
          data-testid="correct-member-relation"
          options={MEMBER_RELATIONS.map((code) => ({ value: code, label: label(MEMBER_RELATION_LABELS, code) }))}
        />
      </Form.Item>
      <CivilDateField name="birthDate" label={t('field.birthDate')} required testId="correct-member-birth-date" />
      <Form.Item
        name="phone"
        label={t('field.phone')}
        rules={[phoneRule(t)]}
        extra={member.phoneMasked ? t('correctMember.keepMasked', { value: member.phoneMasked }) : undefined}
      >
        <Input aria-label={t('field.phone')} data-testid="correct-member-phone" maxLength={20} />
      </Form.Item>
      <ReasonField testId="correct-member-reason" />
      {nothingChanged && <Alert type="warning" showIcon title={t('correctMember.nothingChanged')} style={{ marginBottom: 16 }} />}
    </CommandModal>
  );
}
