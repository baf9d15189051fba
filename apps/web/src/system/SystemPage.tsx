import { Button, Card, Skeleton } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { ProjectionsTable } from './ProjectionsTable';

// Its name is what resuming a projection refetches: keep the two in step.
export const ProjectionsQuery = graphql(`
  query Projections {
    projections {
      name
      ...ProjectionsTable_projection
    }
  }
`);

/** Projection health: is every read model up to date with the log, and did any stop on an event? */
export function SystemPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(ProjectionsQuery, { fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  const body = (() => {
    if (error && !data) return <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />;
    if (!data) return <Skeleton active />;
    return <ProjectionsTable projections={data.projections} />;
  })();
  return (
    <Card
      title={t('system.title')}
      data-testid="system-page"
      extra={
        <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void refetch().catch(() => undefined)} data-testid="projections-refresh">
          {t('system.refresh')}
        </Button>
      }
    >
      {body}
    </Card>
  );
}
