import { useState } from 'react';
import { Button, Card, Space, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { readPageInfo } from '../paging/page-info.fragment';
import { AUDIT_PAGE_SIZE, readAuditLink, toAuditFilterVariables, type AuditTrailFilter } from './audit-filter';
import { AuditEventDrawer } from './AuditEventDrawer';
import { AuditFilters } from './AuditFilters';
import { AuditTrailTable } from './AuditTrailTable';

export const AuditTrailQuery = graphql(`
  query AuditTrail($filter: AuditFilter, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          eventId
          ...AuditTrailTable_event
          ...AuditEventDrawer_event
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

/**
 * Every event in the log with its metadata, newest first, filtered; "load more" follows the cursor.
 * Opened from a link (`/audit?stream=…&positions=…`, the report's drill-down) it starts filtered,
 * with the linked events marked.
 */
export function AuditTrailPage() {
  const { t } = useI18n();
  const [link] = useState(() => readAuditLink(window.location.search));
  const [filter, setFilter] = useState<AuditTrailFilter>(link.filter);
  const [openEventId, setOpenEventId] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AuditTrailQuery, {
    variables: { filter: toAuditFilterVariables(filter), first: AUDIT_PAGE_SIZE, after: null },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.auditTrail;
  const nodes = connection?.edges.map((edge) => edge.node) ?? [];
  const openEvent = nodes.find((node) => node.eventId === openEventId) ?? null;
  const pageInfo = readPageInfo(connection?.pageInfo);

  const loadMore = async () => {
    const after = pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      // The cache's relay-style policy appends the page to the list (see createCache).
      await fetchMore({ variables: { after } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Card title={t('audit.title')} data-testid="audit-trail-page">
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <AuditFilters filter={filter} onChange={setFilter} />
        {error && !connection ? (
          <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />
        ) : (
          <>
            <AuditTrailTable events={nodes} loading={loading && !loadingMore} onOpen={setOpenEventId} marked={link.marked} />
            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Text data-testid="audit-total">
                {t('audit.total', { count: connection?.totalCount ?? 0, shown: nodes.length })}
              </Typography.Text>
              <Button
                onClick={() => void loadMore()}
                loading={loadingMore}
                disabled={!pageInfo.hasNextPage}
                data-testid="audit-load-more"
              >
                {t('audit.loadMore')}
              </Button>
            </Space>
          </>
        )}
      </Space>
      <AuditEventDrawer event={openEvent} onClose={() => setOpenEventId(null)} />
    </Card>
  );
}
