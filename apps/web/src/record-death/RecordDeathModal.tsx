import { Form } from 'antd';
import type { CaseRef } from '../case-commands/case-ref';
import { CivilDateField } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { useI18n } from '../i18n/I18nProvider';
import { useRecordMemberDeathMutation } from './record-member-death.mutation';

type RecordDeathValues = { diedOn: string };
type Props = {
  readonly caseRef: CaseRef;
  readonly member: { readonly personId: string; readonly name: string };
  readonly open: boolean;
  readonly onClose: () => void;
};

export function RecordDeathModal({ caseRef, member, open, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<RecordDeathValues>();
  const [recordDeath] = useRecordMemberDeathMutation(caseRef);
  return (
    <CommandModal<RecordDeathValues>
      title={t('recordDeath.title', { name: member.name })}
      open={open}
      onClose={onClose}
      form={form}
      testId="record-death"
      onSubmit={(values) => recordDeath({ personId: member.personId, diedOn: values.diedOn })}
    >
      <CivilDateField name="diedOn" label={t('field.diedOn')} required testId="record-death-died-on" />
    </CommandModal>
  );
}
