import { useState } from 'react';
import { Card, Space } from 'antd';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { ApplySubsidyButton } from './ApplySubsidyButton';
import { SubsidyFilters } from './SubsidyFilters';
import { CursorPager } from '../paging/CursorPager';
import { useCursorPages } from '../paging/use-cursor-pages';
import { SubsidyTable } from './SubsidyTable';
import { SUBSIDY_LIST_PAGE_SIZE, toFilterVariables, type SubsidyListFilter } from './subsidy-list-filter';

// Its name is in SUBSIDY_QUERIES: commands refetch it with `minPosition`.
export const SubsidyListQuery = graphql(`
  query SubsidyList($filter: SubsidyApplicationFilter, $first: Int, $after: String, $minPosition: SafeInt) {
    subsidyApplications(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {
      totalCount
      edges {
        cursor
        node {
          id
          ...SubsidyTable_application
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

/** /subsidies: the applications by state, township and year, newest admission first. */
export function SubsidyListPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<SubsidyListFilter>({});
  const pages = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(SubsidyListQuery, {
    variables: {
      filter: toFilterVariables(filter),
      first: SUBSIDY_LIST_PAGE_SIZE,
      after: pages.after,
      minPosition: null,
    },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.subsidyApplications;

  const changeFilter = (next: SubsidyListFilter) => {
    setFilter(next);
    pages.reset();
  };

  return (
    <Card title={t('subsidies.list.title')} extra={<ApplySubsidyButton />} data-testid="subsidy-list-page">
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <SubsidyFilters filter={filter} onChange={changeFilter} />
        {error ? (
          <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />
        ) : (
          <>
            <SubsidyTable applications={connection?.edges.map((edge) => edge.node) ?? []} loading={loading} />
            <CursorPager
              testId="subsidy"
              totalKey="subsidies.list.total"
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
