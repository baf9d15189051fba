import { validationFailed } from '@careledger/domain-kernel';
import type { PageInfo } from '../care-case/care-case.types';

/** A page as the read-model queries return it: rows carrying their own cursor. */
export interface CursorPage<Row extends { readonly cursor: string }> {
  readonly totalCount: number;
  readonly rows: readonly Row[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

/** Refuses a page size outside 1…max with a field-level error. */
export function assertPageSize(first: number, max: number): void {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw validationFailed('first', `first must be between 1 and ${max}`);
  }
}

/** A read-model page as a GraphQL cursor connection (Relay style). */
export function toConnection<Row extends { readonly cursor: string }, Node>(
  page: CursorPage<Row>,
  toNode: (row: Row) => Node,
): { totalCount: number; edges: { cursor: string; node: Node }[]; pageInfo: PageInfo } {
  const edges = page.rows.map((row) => ({ cursor: row.cursor, node: toNode(row) }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
