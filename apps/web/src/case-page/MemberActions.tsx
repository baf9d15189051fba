import { useState } from 'react';
import { Button, Space } from 'antd';
import type { CaseRef } from '../case-commands/case-ref';
import { CorrectMemberModal } from '../correct-member/CorrectMemberModal';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { RecordDeathModal } from '../record-death/RecordDeathModal';

export const MemberActions_member = graphql(`
  fragment MemberActions_member on Member {
    personId
    name
    relation
    birthDate
    idNumberMasked
    phoneMasked
    deceased
  }
`);

type Props = { readonly caseRef: CaseRef; readonly member: FragmentType<typeof MemberActions_member>; readonly disabled: boolean };

export function MemberActions({ caseRef, member: memberRef, disabled }: Props) {
  const { t } = useI18n();
  const member = getFragmentData(MemberActions_member, memberRef);
  const [dialog, setDialog] = useState<'correct' | 'death' | null>(null);
  return (
    <Space size="small">
      <Button size="small" disabled={disabled} onClick={() => setDialog('correct')} data-testid="correct-member-button">
        {t('correctMember.button')}
      </Button>
      {!member.deceased && (
        <Button size="small" disabled={disabled} onClick={() => setDialog('death')} data-testid="record-death-button">
          {t('recordDeath.button')}
        </Button>
      )}
      <CorrectMemberModal caseRef={caseRef} member={member} open={dialog === 'correct'} onClose={() => setDialog(null)} />
      <RecordDeathModal caseRef={caseRef} member={member} open={dialog === 'death'} onClose={() => setDialog(null)} />
    </Space>
  );
}
