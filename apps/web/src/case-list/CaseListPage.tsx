import { useState } from 'react';
import { Card, Space } from 'antd';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { CaseFilters } from './CaseFilters';
import { CASE_LIST_PAGE_SIZE, toFilterVariables, type CaseListFilter } from './case-list-filter';
import { CursorPager } from '../paging/CursorPager';
import { useCursorPages } from '../paging/use-cursor-pages';
import { CaseTable } from './CaseTable';
import { OpenCaseButton } from './OpenCaseButton';

export const CaseListQuery = graphql(`
  query CaseList($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...CaseTable_case
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export function CaseListPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<CaseListFilter>({});
  const pages = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(CaseListQuery, {
    variables: { filter: toFilterVariables(filter), first: CASE_LIST_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.cases;

  const changeFilter = (next: CaseListFilter) => {
    setFilter(next);
    pages.reset();
  };

  return (
    <Card title={t('caseList.title')} extra={<OpenCaseButton />} data-testid="case-list-page">
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <CaseFilters filter={filter} onChange={changeFilter} />
        {error ? (
          <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />
        ) : (
          <>
            <CaseTable cases={connection?.edges.map((edge) => edge.node) ?? []} loading={loading} />
            <CursorPager
              testId="case"
              totalKey="caseList.total"
              pages={pages}
              pageInfo={connection?.pageInfo}
              totalCount={connection?.totalCount ?? 0}
            />
          </>
        )}
      </Space>
    </Card>
  );
}
