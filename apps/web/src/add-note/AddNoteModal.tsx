import { Form, Input } from 'antd';
import type { CaseRef } from '../case-commands/case-ref';
import { CommandModal } from '../forms/CommandModal';
import { useI18n } from '../i18n/I18nProvider';
import { useAddCaseNoteMutation } from './add-case-note.mutation';

type AddNoteValues = { text: string };
type Props = { readonly caseRef: CaseRef; readonly open: boolean; readonly onClose: () => void };

export const NOTE_MAX_LENGTH = 2000;

export function AddNoteModal({ caseRef, open, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<AddNoteValues>();
  const [addNote] = useAddCaseNoteMutation(caseRef);
  return (
    <CommandModal<AddNoteValues>
      title={t('addNote.title')}
      open={open}
      onClose={onClose}
      form={form}
      testId="add-note"
      onSubmit={(values) => addNote({ text: values.text.trim() })}
    >
      <Form.Item
        name="text"
        label={t('field.noteText')}
        rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('field.noteText') }) }]}
      >
        <Input.TextArea aria-label={t('field.noteText')} data-testid="add-note-text" rows={5} maxLength={NOTE_MAX_LENGTH} showCount />
      </Form.Item>
    </CommandModal>
  );
}
