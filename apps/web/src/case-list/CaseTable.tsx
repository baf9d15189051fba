import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CASE_CATEGORY_LABELS, CASE_STATUS_LABELS } from '@careledger/domain-care-case';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { CaseTable_CaseFragment } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { casePath } from '../routing/routes';
import { navigate } from '../routing/router';
import { Link } from '../routing/Link';

export const CaseTable_case = graphql(`
  fragment CaseTable_case on Case {
    id
    category
    status
    townshipName
    village
    address
    headName
    memberCount
    openedOn
  }
`);

type CaseTableProps = { readonly cases: ReadonlyArray<FragmentType<typeof CaseTable_case>>; readonly loading: boolean };

export function CaseTable({ cases, loading }: CaseTableProps) {
  const { t, label } = useI18n();
  const rows = getFragmentData(CaseTable_case, cases);
  const columns: ColumnsType<CaseTable_CaseFragment> = [
    {
      title: t('caseList.head'),
      key: 'head',
      render: (_, row) => <Link to={casePath(row.id)}>{row.headName ?? t('caseList.noHead')}</Link>,
    },
    { title: t('field.category'), key: 'category', render: (_, row) => label(CASE_CATEGORY_LABELS, row.category) },
    {
      title: t('field.status'),
      key: 'status',
      render: (_, row) => <Tag color={row.status === 'ACTIVE' ? 'green' : 'default'}>{label(CASE_STATUS_LABELS, row.status)}</Tag>,
    },
    { title: t('field.township'), dataIndex: 'townshipName', key: 'township' },
    { title: t('field.village'), dataIndex: 'village', key: 'village' },
    { title: t('field.address'), dataIndex: 'address', key: 'address' },
    { title: t('caseList.memberCount'), dataIndex: 'memberCount', key: 'memberCount', align: 'right' },
    { title: t('field.openedOn'), dataIndex: 'openedOn', key: 'openedOn' },
  ];
  return (
    <Table<CaseTable_CaseFragment>
      data-testid="case-table"
      rowKey="id"
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      pagination={false}
      onRow={(row) =>
        ({
          'data-testid': 'case-row',
          'data-case-id': row.id,
          style: { cursor: 'pointer' },
          onClick: () => navigate(casePath(row.id)),
        }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
