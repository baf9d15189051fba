import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { SUBSIDY_STATUS_LABELS, type SubsidyStatus } from '@careledger/domain-nursing-subsidy';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { SubsidyTable_ApplicationFragment } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { navigate } from '../routing/router';
import { subsidyPath } from '../routing/routes';
import { fenToYuan } from '../money/yuan-fen';

export const SubsidyTable_application = graphql(`
  fragment SubsidyTable_application on SubsidyApplication {
    id
    personName
    townshipName
    hospitalName
    admittedOn
    dischargedOn
    status
    amountFen
  }
`);

const STATUS_COLORS: Readonly<Partial<Record<SubsidyStatus, string>>> = {
  returned: 'orange',
  rejected: 'red',
  paymentFailed: 'red',
  paid: 'green',
  settled: 'green',
  withdrawn: 'default',
};

type Row = SubsidyTable_ApplicationFragment;
type Props = {
  readonly applications: ReadonlyArray<FragmentType<typeof SubsidyTable_application>>;
  readonly loading: boolean;
  /** The family's own tab leaves the township out: it is the family's. */
  readonly showTownship?: boolean;
  readonly emptyText?: string;
};

/** Applications with their state and amount; a row opens the application. */
export function SubsidyTable({ applications, loading, showTownship = true, emptyText }: Props) {
  const { t, label } = useI18n();
  const rows = getFragmentData(SubsidyTable_application, applications);
  const columns: ColumnsType<Row> = [
    {
      title: t('subsidies.list.member'),
      key: 'member',
      render: (_, row) => <Link to={subsidyPath(row.id)}>{row.personName ?? t('timeline.someMember')}</Link>,
    },
    ...(showTownship ? [{ title: t('subsidies.field.township'), dataIndex: 'townshipName', key: 'township' }] : []),
    { title: t('subsidies.field.hospitalName'), dataIndex: 'hospitalName', key: 'hospital' },
    {
      title: t('subsidies.list.stay'),
      key: 'stay',
      render: (_, row) => t('subsidies.page.stayRange', { admittedOn: row.admittedOn, dischargedOn: row.dischargedOn }),
    },
    {
      title: t('subsidies.field.state'),
      key: 'status',
      render: (_, row) => (
        <Tag color={STATUS_COLORS[row.status] ?? 'blue'} data-testid="subsidy-row-status">
          {label(SUBSIDY_STATUS_LABELS, row.status)}
        </Tag>
      ),
    },
    {
      title: t('subsidies.list.amount'),
      key: 'amount',
      align: 'right',
      render: (_, row) => <span data-testid="subsidy-row-amount">{fenToYuan(row.amountFen)}</span>,
    },
  ];
  return (
    <Table<Row>
      data-testid="subsidy-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: emptyText ?? t('subsidies.list.empty') }}
      onRow={(row) =>
        ({
          'data-testid': 'subsidy-row',
          'data-application-id': row.id,
          style: { cursor: 'pointer' },
          onClick: () => navigate(subsidyPath(row.id)),
        }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
