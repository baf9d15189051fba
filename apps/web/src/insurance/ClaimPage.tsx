import { Breadcrumb, Card, Descriptions, Result, Skeleton, Space, Table, Tag } from 'antd';
import { useQuery } from '@apollo/client/react';
import { CLAIM_DOCUMENT_KIND_LABELS, CLAIM_EVENT_TYPE_LABELS, CLAIM_STATUS_LABELS } from '@careledger/domain-insurance';
import { formatShanghaiTime } from '../case-timeline/format-instant';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { useI18n } from '../i18n/I18nProvider';
import { INSURANCE_EVENT_TYPE_LABEL_KEYS } from './insurance.registry';
import { Link } from '../routing/Link';
import { casePath, INSURANCE_PATH, policyPath } from '../routing/routes';
import { ClaimActions } from './ClaimActions';
import { fenToYuan } from '../money/yuan-fen';
import { InsuranceClaimQuery } from './insurance.queries';

/** /insurance/claims/:id — where the claim stands, its history and its next steps. */
export function ClaimPage({ claimId }: { readonly claimId: string }) {
  const { t, label } = useI18n();
  const { data, previousData, loading, error, refetch } = useQuery(InsuranceClaimQuery, {
    variables: { id: claimId, minPosition: null },
    fetchPolicy: 'cache-and-network',
  });
  const claim = (data ?? previousData)?.insuranceClaim;
  const breadcrumb = <Breadcrumb items={[{ title: <Link to={INSURANCE_PATH}>{t('insurance.title')}</Link> }, { title: claimId }]} />;
  if (error && !claim) return <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />;
  if (!claim) return loading ? <Skeleton active /> : <Result status="404" title={t('insurance.claim.notFound')} extra={breadcrumb} />;
  const eventLabel = (type: string) => {
    const key = (INSURANCE_EVENT_TYPE_LABEL_KEYS as Readonly<Record<string, Parameters<typeof t>[0] | undefined>>)[type];
    return key ? t(key) : type;
  };
  const outcome =
    claim.status === 'SETTLED'
      ? t('insurance.claim.settledAmount', { amount: fenToYuan(claim.settledAmountFen ?? 0) })
      : (claim.rejectionReason ?? claim.withdrawalReason ?? '');
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="claim-page">
      {breadcrumb}
      <Card
        title={
          <Space>
            {claim.personName}
            <Tag color="blue" data-testid="claim-status">
              {label(CLAIM_STATUS_LABELS, claim.status)}
            </Tag>
          </Space>
        }
      >
        <Descriptions size="small" column={2}>
          <Descriptions.Item label={t('insurance.field.policy')}>
            <Link to={policyPath(claim.policyId)}>{claim.policyId}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.case')}>
            <Link to={casePath(claim.caseId)}>{claim.townshipName ?? claim.caseId}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('field.idNumber')}>{claim.idNumberMasked}</Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.eventType')}>{label(CLAIM_EVENT_TYPE_LABELS, claim.eventType)}</Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.eventOn')}>{claim.eventOn}</Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.reportedOn')}>{claim.reportedOn}</Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.description')} span={2}>
            <span data-testid="claim-description">{claim.description ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.documents')} span={2}>
            {claim.documents.map((kind) => label(CLAIM_DOCUMENT_KIND_LABELS, kind)).join(t('common.listSeparator')) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.insurerRef')}>{claim.insurerRef ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('insurance.field.outcome')}>
            <span data-testid="claim-outcome">{outcome || '—'}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('insurance.claim.actions')}>
        <ClaimActions claimId={claim.id} status={claim.status} />
      </Card>
      <Card title={t('insurance.claim.history')}>
        <Table
          data-testid="claim-history"
          rowKey="position"
          size="small"
          pagination={false}
          dataSource={claim.history}
          columns={[
            { title: t('insurance.history.step'), key: 'type', render: (_, h) => eventLabel(h.type) },
            { title: t('insurance.history.businessDate'), dataIndex: 'businessDate', key: 'businessDate' },
            { title: t('insurance.history.recordedAt'), key: 'recordedAt', render: (_, h) => formatShanghaiTime(h.recordedAt) },
            { title: t('insurance.history.actor'), dataIndex: 'actorName', key: 'actor' },
            { title: t('field.reason'), dataIndex: 'reason', key: 'reason' },
          ]}
        />
      </Card>
    </Space>
  );
}
