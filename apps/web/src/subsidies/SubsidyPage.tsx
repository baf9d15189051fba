import { Alert, Breadcrumb, Button, Card, Skeleton, Space } from 'antd';
import { useQuery } from '@apollo/client/react';
import { apiErrorMessage, readApiError, type ApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { SUBSIDIES_PATH } from '../routing/routes';
import { SubsidyActions } from './SubsidyActions';
import { SubsidyComputationView } from './SubsidyComputationView';
import { SubsidyHeader } from './SubsidyHeader';
import { SubsidySteps } from './SubsidySteps';

// Its name is in SUBSIDY_QUERIES: commands refetch it with `minPosition`.
export const SubsidyPageQuery = graphql(`
  query SubsidyPage($id: ID!, $minPosition: SafeInt) {
    subsidyApplication(id: $id, minPosition: $minPosition) {
      id
      revision
      status
      noticeRequired
      amountFen
      personName
      ...SubsidyHeader_application
      ...SubsidyComputation_application
      ...SubsidySteps_application
    }
  }
`);

/** /subsidies/:id: the application, how its amount was computed, its workflow and its next steps. */
export function SubsidyPage({ applicationId }: { readonly applicationId: string }) {
  const { t } = useI18n();
  const { data, previousData, loading, error, refetch } = useQuery(SubsidyPageQuery, {
    // No minPosition on a plain read: only a refetch after one's own command needs to wait.
    variables: { id: applicationId, minPosition: null },
    fetchPolicy: 'cache-and-network',
  });
  // After a failed refetch (e.g. READ_MODEL_LAG after a command) keep showing what was read.
  const found = data?.subsidyApplication ?? (error ? previousData?.subsidyApplication : undefined);

  const body = (() => {
    if (error && !found) return <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />;
    if (!found) return loading ? <Skeleton active /> : <ErrorResult apiError={NOT_FOUND} />;
    return (
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {error && (
          <Alert
            type="warning"
            showIcon
            data-testid="subsidy-page-stale"
            data-error-code={readApiError(error).code}
            title={apiErrorMessage(readApiError(error), t)}
            action={<Button onClick={() => void refetch()}>{t('common.retry')}</Button>}
          />
        )}
        <Card
          title={t('subsidies.page.title', { member: found.personName ?? t('timeline.someMember') })}
          data-testid="subsidy-page"
          data-application-id={found.id}
          data-revision={found.revision}
        >
          <SubsidyHeader application={found} />
        </Card>
        <Card title={t('subsidies.computation.title')}>
          <SubsidyComputationView application={found} />
        </Card>
        <Card title={t('subsidies.page.workflow')}>
          <SubsidySteps application={found} />
        </Card>
        <Card title={t('subsidies.page.actions')}>
          <SubsidyActions application={found} />
        </Card>
      </Space>
    );
  })();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb
        items={[
          { title: <Link to={SUBSIDIES_PATH} data-testid="back-to-subsidy-list">{t('subsidies.list.title')}</Link> },
          { title: found?.personName ?? applicationId },
        ]}
      />
      {body}
    </Space>
  );
}

/** `subsidyApplication(id)` answers null for an unknown id (or one outside the user's township). */
const NOT_FOUND: ApiError = { code: 'NOT_FOUND', serverMessage: 'subsidyApplication(id) returned null' };
