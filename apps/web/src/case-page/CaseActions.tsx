import { useState } from 'react';
import { Button, Space } from 'antd';
import { AddNoteModal } from '../add-note/AddNoteModal';
import { AssignContactModal } from '../assign-contact/AssignContactModal';
import type { CaseRef } from '../case-commands/case-ref';
import { ChangeCategoryModal } from '../change-category/ChangeCategoryModal';
import { ExitCaseModal } from '../exit-case/ExitCaseModal';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { RegisterMemberModal } from '../register-member/RegisterMemberModal';
import { ReopenCaseModal } from '../reopen-case/ReopenCaseModal';

export const CaseActions_case = graphql(`
  fragment CaseActions_case on Case {
    status
    category
  }
`);

type Dialog = 'registerMember' | 'addNote' | 'changeCategory' | 'assignContact' | 'exitCase' | 'reopenCase';
type Props = {
  readonly caseRef: CaseRef;
  readonly case: FragmentType<typeof CaseActions_case>;
  /** The page shows the case at a past moment: the past is not edited, so every command is off. */
  readonly readOnly?: boolean;
};

/** The commands on a case. An exited case only takes notes and a reopen; the server enforces the same. */
export function CaseActions({ caseRef, case: caseData, readOnly = false }: Props) {
  const { t } = useI18n();
  const data = getFragmentData(CaseActions_case, caseData);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const active = data.status === 'ACTIVE';
  const close = () => setDialog(null);
  const button = (name: Dialog, text: string, primary = false) => (
    <Button
      type={primary ? 'primary' : 'default'}
      disabled={readOnly}
      onClick={() => setDialog(name)}
      data-testid={`${kebab(name)}-button`}
    >
      {text}
    </Button>
  );
  return (
    <Space wrap data-testid="case-actions">
      {active && button('registerMember', t('registerMember.button'), true)}
      {button('addNote', t('addNote.button'))}
      {active && button('changeCategory', t('changeCategory.button'))}
      {active && button('assignContact', t('assignContact.button'))}
      {active ? button('exitCase', t('exitCase.button')) : button('reopenCase', t('reopenCase.button'))}
      <RegisterMemberModal caseRef={caseRef} open={dialog === 'registerMember'} onClose={close} />
      <AddNoteModal caseRef={caseRef} open={dialog === 'addNote'} onClose={close} />
      <ChangeCategoryModal caseRef={caseRef} currentCategory={data.category} open={dialog === 'changeCategory'} onClose={close} />
      <AssignContactModal caseRef={caseRef} open={dialog === 'assignContact'} onClose={close} />
      <ExitCaseModal caseRef={caseRef} open={dialog === 'exitCase'} onClose={close} />
      <ReopenCaseModal caseRef={caseRef} open={dialog === 'reopenCase'} onClose={close} />
    </Space>
  );
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
