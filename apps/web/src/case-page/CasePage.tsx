import { Breadcrumb, Card, Skeleton, Space } from 'antd';
import { useQuery } from '@apollo/client/react';
import { CaseTimeline } from '../case-timeline/CaseTimeline';
import { readApiError, type ApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { CASE_LIST_PATH } from '../routing/routes';
import { CaseActions } from './CaseActions';
import { CaseHeader } from './CaseHeader';
import { MembersTable } from './MembersTable';

// Its name is what commands refetch (CASE_PAGE_QUERY): keep the two in step.
export const CasePageQuery = graphql(`
  query CasePage($id: ID!) {
    case(id: $id) {
      id
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
  const { data, loading, error, refetch } = useQuery(CasePageQuery, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const found = data?.case;

  const body = (() => {
    if (error && !found) return <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />;
    if (!found) return loading ? <Skeleton active /> : <ErrorResult apiError={CASE_NOT_FOUND} />;
    const caseRef = { id: found.id, revision: found.revision };
    return (
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card
          title={t('casePage.title', { head: found.headName ?? t('caseList.noHead') })}
          extra={<CaseActions caseRef={caseRef} case={found} />}
          data-testid="case-page"
          data-case-id={found.id}
          data-revision={found.revision}
        >
          <CaseHeader case={found} />
        </Card>
        <Card title={t('casePage.members')}>
          <MembersTable caseRef={caseRef} case={found} />
        </Card>
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
      {body}
    </Space>
  );
}

/** `case(id)` answers null for an unknown id (or one outside the user's township); shown as CASE_NOT_FOUND. */
const CASE_NOT_FOUND: ApiError = { code: 'CASE_NOT_FOUND', serverMessage: 'case(id) returned null' };
