import { Form } from 'antd';
import type { CaseRef } from '../case-commands/case-ref';
import { CivilDateField, todayInShanghai } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { ReasonField } from '../forms/ReasonField';
import { useI18n } from '../i18n/I18nProvider';
import { useReopenCaseMutation } from './reopen-case.mutation';

type ReopenCaseValues = { reopenedOn: string; reason: string };
type Props = { readonly caseRef: CaseRef; readonly open: boolean; readonly onClose: () => void };

export function ReopenCaseModal({ caseRef, open, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<ReopenCaseValues>();
  const [reopenCase] = useReopenCaseMutation(caseRef);
  return (
    <CommandModal<ReopenCaseValues>
      title={t('reopenCase.title')}
      open={open}
      onClose={onClose}
      form={form}
      testId="reopen-case"
      initialValues={{ reopenedOn: todayInShanghai() }}
      onSubmit={(values) => reopenCase({ reopenedOn: values.reopenedOn, reason: values.reason.trim() })}
    >
      <CivilDateField name="reopenedOn" label={t('field.reopenedOn')} required testId="reopen-case-reopened-on" />
      <ReasonField testId="reopen-case-reason" />
    </CommandModal>
  );
}
