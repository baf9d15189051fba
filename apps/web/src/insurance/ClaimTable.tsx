import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CLAIM_EVENT_TYPE_LABELS, CLAIM_STATUS_LABELS } from '@careledger/domain-insurance';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { ClaimTable_ClaimFragment } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { claimPath } from '../routing/routes';
import { fenToYuan } from '../money/yuan-fen';

// No description here: it is health data, shown on the claim's own page only.
export const ClaimTable_claim = graphql(`
  fragment ClaimTable_claim on InsuranceClaim {
    id
    policyYear
    personName
    idNumberMasked
    townshipName
    eventType
    eventOn
    reportedOn
    status
    settledAmountFen
  }
`);

const STATUS_COLORS: Readonly<Record<string, string>> = { SETTLED: 'green', REJECTED: 'red', WITHDRAWN: 'default' };

type Props = { readonly claims: ReadonlyArray<FragmentType<typeof ClaimTable_claim>>; readonly loading?: boolean };

export function ClaimTable({ claims, loading = false }: Props) {
  const { t, label } = useI18n();
  const rows = getFragmentData(ClaimTable_claim, claims);
  const columns: ColumnsType<ClaimTable_ClaimFragment> = [
    { title: t('insurance.field.reportedOn'), key: 'reportedOn', render: (_, r) => <Link to={claimPath(r.id)}>{r.reportedOn}</Link> },
    { title: t('insurance.field.year'), dataIndex: 'policyYear', key: 'year' },
    { title: t('field.name'), dataIndex: 'personName', key: 'name' },
    { title: t('field.idNumber'), dataIndex: 'idNumberMasked', key: 'id' },
    { title: t('field.township'), dataIndex: 'townshipName', key: 'township' },
    { title: t('insurance.field.eventType'), key: 'eventType', render: (_, r) => label(CLAIM_EVENT_TYPE_LABELS, r.eventType) },
    { title: t('insurance.field.eventOn'), dataIndex: 'eventOn', key: 'eventOn' },
    {
      title: t('insurance.field.status'),
      key: 'status',
      render: (_, r) => <Tag color={STATUS_COLORS[r.status] ?? 'blue'}>{label(CLAIM_STATUS_LABELS, r.status)}</Tag>,
    },
    {
      title: t('insurance.field.amount'),
      key: 'amount',
      align: 'right',
      render: (_, r) => (r.settledAmountFen === null ? '' : fenToYuan(r.settledAmountFen)),
    },
  ];
  return (
    <Table<ClaimTable_ClaimFragment>
      data-testid="claim-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('insurance.empty') }}
      onRow={(r) => ({ 'data-testid': 'claim-row', 'data-claim-id': r.id }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
