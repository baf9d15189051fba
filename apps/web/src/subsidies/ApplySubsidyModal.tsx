import { Form, Input, Select, type FormInstance } from 'antd';
import { useQuery } from '@apollo/client/react';
import { MEMBER_RELATION_LABELS } from '@careledger/domain-care-case';
import {
  DIAGNOSIS_CATEGORIES,
  DIAGNOSIS_CATEGORY_LABELS,
  HOSPITAL_GRADES,
  HOSPITAL_GRADE_LABELS,
  type DiagnosisCategory,
  type HospitalGrade,
} from '@careledger/domain-nursing-subsidy';
import { FamilySelect, type PickedFamily } from '../family-picker/FamilySelect';
import { CivilDateField, todayInShanghai } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/i18n';
import { useApplyForSubsidyMutation } from './apply-for-subsidy.mutation';
import { dischargeNotBeforeAdmission, notAfterToday } from './subsidy-form-rules';

export const SubsidyCaseMembersQuery = graphql(`
  query SubsidyCaseMembers($id: ID!) {
    case(id: $id) {
      id
      members {
        personId
        name
        relation
      }
    }
  }
`);

export type ApplySubsidyValues = {
  caseId: string;
  personId: string;
  hospitalName: string;
  hospitalGrade: HospitalGrade;
  diagnosisCategory: DiagnosisCategory;
  admittedOn: string;
  dischargedOn: string;
};

type Props = {
  readonly open: boolean;
  readonly onClose: () => void;
  /** Called with the new application's id once it is recorded and readable. */
  readonly onApplied: (applicationId: string) => void;
  /** The case page's own family: chosen already, not changeable. */
  readonly family?: PickedFamily;
};

/** 申请护理补贴: the family (by search), the member, and the stay. The amount is the server's to compute. */
export function ApplySubsidyModal({ open, onClose, onApplied, family }: Props) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<ApplySubsidyValues>();
  const [apply] = useApplyForSubsidyMutation();
  const caseId = Form.useWatch('caseId', form) ?? family?.id;
  const members = useQuery(SubsidyCaseMembersQuery, { variables: { id: caseId ?? '' }, skip: !open || !caseId });
  const today = todayInShanghai();
  const required = (key: MessageKey) => ({ required: true, whitespace: true, message: t('form.required', { field: t(key) }) });
  const testId = (field: string) => `apply-subsidy-${field}`;

  return (
    <CommandModal<ApplySubsidyValues>
      title={t('subsidies.apply.title')}
      open={open}
      onClose={onClose}
      form={form}
      testId="apply-subsidy"
      initialValues={family ? { caseId: family.id } : {}}
      onValuesChange={(changed) => {
        if (changed.caseId !== undefined) form.setFieldValue('personId', undefined);
      }}
      onSubmit={async (values) =>
        onApplied(
          await apply({
            caseId: values.caseId,
            personId: values.personId,
            hospitalName: values.hospitalName.trim(),
            hospitalGrade: values.hospitalGrade,
            diagnosisCategory: values.diagnosisCategory,
            admittedOn: values.admittedOn,
            dischargedOn: values.dischargedOn,
          }),
        )
      }
    >
      <Form.Item name="caseId" label={t('subsidies.field.caseId')} rules={[required('subsidies.field.caseId')]}>
        <FamilySelect
          mode="single"
          ariaLabel={t('subsidies.field.caseId')}
          placeholder={t('subsidies.form.caseSearchPlaceholder')}
          testId={testId('case')}
          initial={family}
          disabled={family !== undefined}
        />
      </Form.Item>
      <Form.Item name="personId" label={t('subsidies.field.personId')} rules={[required('subsidies.field.personId')]}>
        <Select
          aria-label={t('subsidies.field.personId')}
          data-testid={testId('member')}
          placeholder={caseId ? undefined : t('subsidies.form.chooseCaseFirst')}
          disabled={!caseId}
          loading={members.loading}
          notFoundContent={t('subsidies.form.noLivingMembers')}
          options={(members.data?.case?.members ?? []).map((member) => ({
            value: member.personId,
            label: `${member.name}（${label(MEMBER_RELATION_LABELS, member.relation)}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="hospitalName" label={t('subsidies.field.hospitalName')} rules={[required('subsidies.field.hospitalName')]}>
        <Input aria-label={t('subsidies.field.hospitalName')} data-testid={testId('hospital-name')} maxLength={100} />
      </Form.Item>
      <Form.Item name="hospitalGrade" label={t('subsidies.field.hospitalGrade')} rules={[required('subsidies.field.hospitalGrade')]}>
        <Select
          aria-label={t('subsidies.field.hospitalGrade')}
          data-testid={testId('hospital-grade')}
          options={HOSPITAL_GRADES.map((code) => ({ value: code, label: label(HOSPITAL_GRADE_LABELS, code) }))}
        />
      </Form.Item>
      <Form.Item
        name="diagnosisCategory"
        label={t('subsidies.field.diagnosisCategory')}
        rules={[required('subsidies.field.diagnosisCategory')]}
      >
        <Select
          aria-label={t('subsidies.field.diagnosisCategory')}
          data-testid={testId('diagnosis')}
          options={DIAGNOSIS_CATEGORIES.map((code) => ({ value: code, label: label(DIAGNOSIS_CATEGORY_LABELS, code) }))}
        />
      </Form.Item>
      <StayDates today={today} form={form} />
    </CommandModal>
  );
}

/** Admission and discharge: civil dates, not after today, discharge not before admission. */
function StayDates({ today, form }: { readonly today: string; readonly form: FormInstance<ApplySubsidyValues> }) {
  const { t } = useI18n();
  return (
    <>
      <CivilDateField
        name="admittedOn"
        required
        label={t('subsidies.field.admittedOn')}
        testId="apply-subsidy-admitted-on"
        rules={[notAfterToday(t, today)]}
      />
      <CivilDateField
        name="dischargedOn"
        required
        label={t('subsidies.field.dischargedOn')}
        testId="apply-subsidy-discharged-on"
        dependencies={['admittedOn']}
        rules={[notAfterToday(t, today), dischargeNotBeforeAdmission(t, form)]}
      />
    </>
  );
}
