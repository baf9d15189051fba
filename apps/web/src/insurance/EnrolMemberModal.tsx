import { Form } from 'antd';
import { CivilDateField } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { useI18n } from '../i18n/I18nProvider';
import { CasePersonFields } from './CasePersonFields';
import { EnrolMemberMutation } from './insurance.mutations';
import { useInsuranceCommand } from './use-insurance-command';

export type EnrolMemberValues = { caseId: string; personId: string; enrolledOn: string; coverageFrom: string };

type Props = {
  readonly year: number;
  readonly coverageFrom: string;
  readonly open: boolean;
  readonly onClose: () => void;
};

export function EnrolMemberModal({ year, coverageFrom, open, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<EnrolMemberValues>();
  const [enrol] = useInsuranceCommand(EnrolMemberMutation);
  return (
    <CommandModal<EnrolMemberValues>
      title={t('insurance.enrol')}
      open={open}
      onClose={onClose}
      form={form}
      testId="enrol-member"
      initialValues={{ coverageFrom }}
      onSubmit={(values) => enrol({ year, ...values })}
    >
      <CasePersonFields form={form} testId="enrol-member" />
      <CivilDateField name="enrolledOn" label={t('insurance.field.enrolledOn')} required testId="enrol-member-enrolled-on" />
      <CivilDateField name="coverageFrom" label={t('insurance.field.coverageFrom')} required testId="enrol-member-coverage-from" />
    </CommandModal>
  );
}
