import { getFragmentData, graphql, type FragmentType } from '../gql';

/**
 * The paging fields, declared once: every list query selects `pageInfo { ...PageInfoFields }`, and
 * only the paging code (`useCursorPages`, `CursorPager`) reads them. `totalCount` stays on each
 * connection: the schema has no Connection interface for a fragment to sit on.
 */
export const PageInfoFieldsFragment = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

/** A connection's masked `pageInfo`, as a list query returns it. */
export type PageInfoRef = FragmentType<typeof PageInfoFieldsFragment>;

/** Unmasks a page's paging fields; before the first page arrives there is no next page. */
export function readPageInfo(ref: PageInfoRef | null | undefined): { readonly hasNextPage: boolean; readonly endCursor: string | null } {
  const info = getFragmentData(PageInfoFieldsFragment, ref);
  return { hasNextPage: info?.hasNextPage ?? false, endCursor: info?.endCursor ?? null };
}
