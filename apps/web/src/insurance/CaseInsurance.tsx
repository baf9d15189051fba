import { Space, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { useI18n } from '../i18n/I18nProvider';
import { ClaimTable } from './ClaimTable';
import { EnrolmentTable } from './EnrolmentTable';
import { CaseInsuranceQuery } from './insurance.queries';

/**
 * The family's insurance on the case page: its enrolment periods and claims, read from the live
 * read models (commands are made on the policy and claim pages, so `readOnly` changes nothing).
 */
export function CaseInsurance({ caseId }: { readonly caseId: string; readonly readOnly: boolean }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(CaseInsuranceQuery, {
    variables: { id: caseId, minPosition: null },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="case-insurance">
      <Typography.Title level={5}>{t('insurance.case.enrolments')}</Typography.Title>
      <EnrolmentTable enrolments={data?.case?.insuranceEnrolments ?? []} loading={loading} showPolicy />
      <Typography.Title level={5}>{t('insurance.case.claims')}</Typography.Title>
      <ClaimTable claims={data?.case?.insuranceClaims ?? []} loading={loading} />
    </Space>
  );
}
