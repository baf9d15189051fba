import type { SubsidyStatus } from '@careledger/domain-nursing-subsidy';
import type { SubsidyApplicationFilter } from '../gql/graphql';

/** The list's filter as the user set it; empty values are left out of the query variables. */
export type SubsidyListFilter = {
  readonly status?: SubsidyStatus;
  readonly township?: string;
  /** Calendar year of the admission: the year the stay is budgeted in. */
  readonly year?: number;
};

export function toFilterVariables(filter: SubsidyListFilter): SubsidyApplicationFilter {
  return {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.township ? { township: filter.township } : {}),
    ...(filter.year ? { admissionYear: filter.year } : {}),
  };
}

export const SUBSIDY_LIST_PAGE_SIZE = 20;

/** The years offered in the filter: this one and the five before it, newest first. */
export function filterYears(today: string, count = 6): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, i) => year - i);
}
