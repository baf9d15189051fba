import { Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { REMOVAL_REASON_LABELS } from '@careledger/domain-insurance';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { EnrolmentTable_EnrolmentFragment } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { casePath, policyPath } from '../routing/routes';

export const EnrolmentTable_enrolment = graphql(`
  fragment EnrolmentTable_enrolment on InsuranceEnrolment {
    id
    policyId
    year
    caseId
    personId
    personName
    idNumberMasked
    townshipName
    enrolledOn
    coverageFrom
    coverageTo
    removedOn
    removalReason
    removalNote
    active
  }
`);

type Props = {
  readonly enrolments: ReadonlyArray<FragmentType<typeof EnrolmentTable_enrolment>>;
  readonly loading?: boolean;
  /** Shown on a case: link to the policy instead of the family. */
  readonly showPolicy?: boolean;
  readonly onRemove?: (enrolment: EnrolmentTable_EnrolmentFragment) => void;
};

/** Enrolment periods: the person (masked ID from the case file), cover and, once removed, why. */
export function EnrolmentTable({ enrolments, loading = false, showPolicy = false, onRemove }: Props) {
  const { t, label } = useI18n();
  const rows = getFragmentData(EnrolmentTable_enrolment, enrolments);
  const columns: ColumnsType<EnrolmentTable_EnrolmentFragment> = [
    showPolicy
      ? { title: t('insurance.field.policy'), key: 'policy', render: (_, r) => <Link to={policyPath(r.policyId)}>{r.year}</Link> }
      : { title: t('insurance.field.case'), key: 'case', render: (_, r) => <Link to={casePath(r.caseId)}>{r.townshipName ?? ''}</Link> },
    { title: t('field.name'), dataIndex: 'personName', key: 'name' },
    { title: t('field.idNumber'), dataIndex: 'idNumberMasked', key: 'id' },
    { title: t('insurance.field.enrolledOn'), dataIndex: 'enrolledOn', key: 'enrolledOn' },
    { title: t('insurance.field.coverageFrom'), dataIndex: 'coverageFrom', key: 'from' },
    { title: t('insurance.field.coverageTo'), dataIndex: 'coverageTo', key: 'to' },
    {
      title: t('insurance.field.status'),
      key: 'status',
      render: (_, r) =>
        r.active ? (
          <Tag color="green">{t('insurance.enrolment.active')}</Tag>
        ) : (
          <Tag title={r.removalNote ?? undefined}>
            {t('insurance.enrolment.removed')}：{label(REMOVAL_REASON_LABELS, r.removalReason ?? '')}
          </Tag>
        ),
    },
  ];
  if (onRemove) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) =>
        r.active ? (
          <Button size="small" onClick={() => onRemove(r)} data-testid="remove-member-open">
            {t('insurance.remove')}
          </Button>
        ) : null,
    });
  }
  return (
    <Table<EnrolmentTable_EnrolmentFragment>
      data-testid="enrolment-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('insurance.empty') }}
      onRow={(r) => ({ 'data-testid': 'enrolment-row', 'data-person-id': r.personId }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
