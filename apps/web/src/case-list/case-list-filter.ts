import type { CaseCategory, CaseStatus } from '../gql/graphql';

/** The list's filter as the user set it; empty values are left out of the query variables. */
export type CaseListFilter = {
  readonly township?: string;
  readonly category?: CaseCategory;
  readonly status?: CaseStatus;
  readonly search?: string;
};

export function toFilterVariables(filter: CaseListFilter): CaseListFilter {
  const search = filter.search?.trim();
  return {
    ...(filter.township ? { township: filter.township } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(search ? { search } : {}),
  };
}

export const CASE_LIST_PAGE_SIZE = 20;
