import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { MEMBER_RELATION_LABELS, SEX_LABELS } from '@careledger/domain-care-case';
import type { CaseRef } from '../case-commands/case-ref';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { MembersTable_CaseFragment } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { MemberActions } from './MemberActions';

export const MembersTable_case = graphql(`
  fragment MembersTable_case on Case {
    status
    members {
      personId
      name
      idNumberMasked
      relation
      sex
      birthDate
      phoneMasked
      deceased
      diedOn
      ...MemberActions_member
    }
  }
`);

type Member = MembersTable_CaseFragment['members'][number];
type Props = {
  readonly caseRef: CaseRef;
  readonly case: FragmentType<typeof MembersTable_case>;
  /** A past view of the case: member commands are off. */
  readonly readOnly?: boolean;
};

/** ID numbers and phones arrive masked from the API (个人信息保护法): the client never sees them whole. */
export function MembersTable({ caseRef, case: caseData, readOnly = false }: Props) {
  const { t, label } = useI18n();
  const data = getFragmentData(MembersTable_case, caseData);
  const exited = data.status === 'EXITED';
  const columns: ColumnsType<Member> = [
    { title: t('field.name'), dataIndex: 'name', key: 'name' },
    { title: t('field.idNumber'), dataIndex: 'idNumberMasked', key: 'idNumber' },
    { title: t('field.relation'), key: 'relation', render: (_, member) => label(MEMBER_RELATION_LABELS, member.relation) },
    { title: t('field.sex'), key: 'sex', render: (_, member) => label(SEX_LABELS, member.sex) },
    { title: t('field.birthDate'), dataIndex: 'birthDate', key: 'birthDate' },
    { title: t('field.phone'), key: 'phone', render: (_, member) => member.phoneMasked ?? '—' },
    {
      title: t('members.deceased'),
      key: 'deceased',
      render: (_, member) =>
        member.deceased ? <Tag color="default">{t('members.diedOn', { date: member.diedOn ?? '?' })}</Tag> : null,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, member) => <MemberActions caseRef={caseRef} member={member} disabled={exited || readOnly} />,
    },
  ];
  return (
    <Table<Member>
      data-testid="members-table"
      rowKey="personId"
      size="small"
      columns={columns}
      dataSource={[...data.members]}
      pagination={false}
      onRow={(member) => ({ 'data-testid': 'member-row', 'data-person-id': member.personId }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t('members.empty') }}
    />
  );
}
