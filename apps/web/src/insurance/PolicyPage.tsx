import { useState } from 'react';
import { Breadcrumb, Button, Card, Checkbox, Descriptions, Result, Skeleton, Space } from 'antd';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import type { EnrolmentTable_EnrolmentFragment } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { INSURANCE_PATH } from '../routing/routes';
import { TownshipSelect } from '../townships/TownshipSelect';
import { ClaimsTab } from './ClaimsTab';
import { EnrolMemberModal } from './EnrolMemberModal';
import { EnrolmentTable } from './EnrolmentTable';
import { fenToYuan } from '../money/yuan-fen';
import { InsurancePolicyQuery } from './insurance.queries';
import { RemoveMemberModal } from './RemoveMemberModal';

/** /insurance/policies/:id — terms, premium total, the roster (enrol, remove) and the policy's claims. */
export function PolicyPage({ policyId }: { readonly policyId: string }) {
  const { t } = useI18n();
  const [township, setTownship] = useState<string | null>(null);
  const [activeOnly, setActiveOnly] = useState(false);
  const [enrolling, setEnrolling] = useState(false);
  const [removing, setRemoving] = useState<EnrolmentTable_EnrolmentFragment | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(InsurancePolicyQuery, {
    variables: { id: policyId, township, activeOnly, minPosition: null },
    fetchPolicy: 'cache-and-network',
  });
  const policy = (data ?? previousData)?.insurancePolicy;
  const breadcrumb = <Breadcrumb items={[{ title: <Link to={INSURANCE_PATH}>{t('insurance.title')}</Link> }, { title: policyId }]} />;
  if (error && !policy) return <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />;
  if (!policy) {
    return loading ? <Skeleton active /> : <Result status="404" title={t('insurance.policy.notFound')} extra={breadcrumb} />;
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="policy-page">
      {breadcrumb}
      <Card title={`${policy.year} ${policy.product}`}>
        <Descriptions size="small" column={3} data-testid="policy-terms">
          <Descriptions.Item label={t('insurance.field.insurer')}>{policy.insurer}</Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.premiumPerPerson')}>{fenToYuan(policy.premiumPerPersonFen)}</Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.purchasedOn')}>{policy.purchasedOn}</Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.coverageFrom')}>{policy.coverageFrom}</Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.coverageTo')}>{policy.coverageTo}</Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.targetEnrolment')}>{policy.targetEnrolment ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.enrolledCount')}>
            <span data-testid="policy-enrolled-count">{policy.enrolledCount}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.insuredPersons')}>{policy.insuredPersons}</Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.premiumTotal')}>
            <span data-testid="policy-premium-total">{fenToYuan(policy.premiumTotalFen)}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('insurance.policy.members')}
        extra={
          <Button type="primary" onClick={() => setEnrolling(true)} data-testid="enrol-member-open">
            {t('insurance.enrol')}
          </Button>
        }
      >
        <Space style={{ marginBottom: 16 }}>
          <TownshipSelect
            ariaLabel={t('field.township')}
            placeholder={t('insurance.filter.township')}
            allowClear
            style={{ width: 160 }}
            value={township}
            onChange={(code) => setTownship(code ?? null)}
          />
          <Checkbox checked={activeOnly} onChange={(e) => setActiveOnly(e.target.checked)} data-testid="enrolment-active-only">
            {t('insurance.filter.activeOnly')}
          </Checkbox>
        </Space>
        <EnrolmentTable enrolments={policy.enrolments} loading={loading} onRemove={setRemoving} />
      </Card>
      <Card title={t('insurance.tab.claims')}>
        <ClaimsTab policyId={policy.id} />
      </Card>
      <EnrolMemberModal year={policy.year} coverageFrom={policy.coverageFrom} open={enrolling} onClose={() => setEnrolling(false)} />
      <RemoveMemberModal enrolment={removing} onClose={() => setRemoving(null)} />
    </Space>
  );
}
