import { useState } from 'react';
import { Alert, Breadcrumb, Button, Card, Result, Skeleton, Space } from 'antd';
import { useQuery } from '@apollo/client/react';
import { CaseTimeline } from '../case-timeline/CaseTimeline';
import { apiErrorMessage, readApiError, type ApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { graphql } from '../gql';
import type { AsOf } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { CASE_LIST_PATH } from '../routing/routes';
import { NOW, toAsOf, type TimeTravel } from '../time-travel/time-travel';
import { notYetOpenedMessage, TimeTravelBanner } from '../time-travel/TimeTravelBanner';
import { TimeTravelControl } from '../time-travel/TimeTravelControl';
import { CareRecordsCard } from './CareRecordsCard';
import { CaseActions } from './CaseActions';
import { CaseHeader } from './CaseHeader';
import { MembersTable } from './MembersTable';

// Its name is what commands refetch (CASE_PAGE_QUERY) with `minPosition`: keep the two in step.
export const CasePageQuery = graphql(`
  query CasePage($id: ID!, $asOf: AsOf, $minPosition: SafeInt) {
    case(id: $id, asOf: $asOf, minPosition: $minPosition) {
      id
      asOf
      revision
      headName
      ...CaseHeader_case
      ...CaseActions_case
      ...MembersTable_case
      ...CaseTimeline_case
    }
  }
`);

export function CasePage({ caseId }: { readonly caseId: string }) {
  const { t } = useI18n();
  const [travel, setTravel] = useState<TimeTravel>(NOW);
  const asOf = toAsOf(travel);
  const { data, previousData, loading, error, refetch } = useQuery(CasePageQuery, {
    // No minPosition on a plain read: only a refetch after one's own command needs to wait.
    variables: { id: caseId, asOf: asOf ?? null, minPosition: null },
    fetchPolicy: 'cache-and-network',
  });
  const readOnly = asOf !== undefined;
  // After a failed refetch of the live case (e.g. READ_MODEL_LAG after a command) keep showing
  // what was read, under a warning; a past view never borrows another moment's data.
  const live = previousData?.case?.asOf === null ? previousData.case : undefined;
  const found = data?.case ?? (error && !readOnly ? live : undefined);

  const body = (() => {
    if (error && !found) {
      const apiError = readApiError(error);
      if (asOf && apiError.code === 'CASE_NOT_FOUND') return <NotYetOpened asOf={asOf} />;
      return <ErrorResult apiError={apiError} onRetry={() => void refetch()} />;
    }
    if (!found) {
      if (loading) return <Skeleton active />;
      return asOf ? <NotYetOpened asOf={asOf} /> : <ErrorResult apiError={CASE_NOT_FOUND} />;
    }
    const caseRef = { id: found.id, revision: found.revision };
    return (
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {error && (
          <Alert
            type="warning"
            showIcon
            data-testid="case-page-stale"
            data-error-code={readApiError(error).code}
            title={apiErrorMessage(readApiError(error), t)}
            action={<Button onClick={() => void refetch()}>{t('common.retry')}</Button>}
          />
        )}
        <Card
          title={t('casePage.title', { head: found.headName ?? t('caseList.noHead') })}
          extra={<CaseActions caseRef={caseRef} case={found} readOnly={readOnly} />}
          data-testid="case-page"
          data-case-id={found.id}
          data-revision={found.revision}
          data-as-of={found.asOf ?? ''}
        >
          <CaseHeader case={found} />
        </Card>
        <Card title={t('casePage.members')}>
          <MembersTable caseRef={caseRef} case={found} readOnly={readOnly} />
        </Card>
        <CareRecordsCard caseId={found.id} readOnly={readOnly} />
        <Card title={t('casePage.timeline')}>
          <CaseTimeline case={found} />
        </Card>
      </Space>
    );
  })();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb
        items={[{ title: <Link to={CASE_LIST_PATH} data-testid="back-to-case-list">{t('caseList.title')}</Link> }, { title: found?.headName ?? caseId }]}
      />
      <TimeTravelControl value={travel} onChange={setTravel} />
      {asOf && <TimeTravelBanner asOf={asOf} onBackToNow={() => setTravel(NOW)} />}
      {body}
    </Space>
  );
}

/** The chosen moment is before the case was opened (or, as recorded, before it was entered). */
function NotYetOpened({ asOf }: { readonly asOf: AsOf }) {
  const { t } = useI18n();
  return <Result status="info" title={notYetOpenedMessage(asOf, t)} data-testid="case-not-yet-opened" />;
}

/** `case(id)` answers null for an unknown id (or one outside the user's township); shown as CASE_NOT_FOUND. */
const CASE_NOT_FOUND: ApiError = { code: 'CASE_NOT_FOUND', serverMessage: 'case(id) returned null' };
