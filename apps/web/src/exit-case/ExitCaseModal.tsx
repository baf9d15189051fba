import { Form, Select } from 'antd';
import { EXIT_REASONS, EXIT_REASON_LABELS } from '@careledger/domain-care-case';
import type { CaseRef } from '../case-commands/case-ref';
import { CivilDateField, todayInShanghai } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { optionalText } from '../forms/field-rules';
import { ReasonField } from '../forms/ReasonField';
import type { ExitReason } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { useExitCaseMutation } from './exit-case.mutation';

type ExitCaseValues = { exitReason: ExitReason; exitedOn: string; reason?: string };
type Props = { readonly caseRef: CaseRef; readonly open: boolean; readonly onClose: () => void };

export function ExitCaseModal({ caseRef, open, onClose }: Props) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<ExitCaseValues>();
  const [exitCase] = useExitCaseMutation(caseRef);
  return (
    <CommandModal<ExitCaseValues>
      title={t('exitCase.title')}
      open={open}
      onClose={onClose}
      form={form}
      testId="exit-case"
      initialValues={{ exitedOn: todayInShanghai() }}
      onSubmit={(values) => exitCase({ exitReason: values.exitReason, exitedOn: values.exitedOn, reason: optionalText(values.reason) })}
    >
      <Form.Item
        name="exitReason"
        label={t('field.exitReason')}
        rules={[{ required: true, message: t('form.required', { field: t('field.exitReason') }) }]}
      >
        <Select
          aria-label={t('field.exitReason')}
          data-testid="exit-case-exit-reason"
          options={EXIT_REASONS.map((code) => ({ value: code, label: label(EXIT_REASON_LABELS, code) }))}
        />
      </Form.Item>
      <CivilDateField name="exitedOn" label={t('field.exitedOn')} required testId="exit-case-exited-on" />
      <ReasonField required={false} testId="exit-case-reason" />
    </CommandModal>
  );
}
