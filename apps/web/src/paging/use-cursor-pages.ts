import { useState } from 'react';
import { readPageInfo, type PageInfoRef } from './page-info.fragment';

/** The cursor stack of one paged list, as `CursorPager` drives it. */
export type CursorPages = {
  /** 0 for the first page. */
  readonly page: number;
  /** The `after` variable of the page shown. */
  readonly after: string | null;
  /** Back to the first page, e.g. when a filter changes. */
  readonly reset: () => void;
  readonly previous: () => void;
  /** On to the page after the one whose `pageInfo` is given. */
  readonly next: (pageInfo: PageInfoRef | null | undefined) => void;
};

/** Cursor pages: afterCursors[i] fetches page i. Reset to the first page when a filter changes. */
export function useCursorPages(): CursorPages {
  const [afterCursors, setAfterCursors] = useState<ReadonlyArray<string | null>>([null]);
  const page = afterCursors.length - 1;
  return {
    page,
    after: afterCursors[page] ?? null,
    reset: () => setAfterCursors([null]),
    previous: () => setAfterCursors((cursors) => cursors.slice(0, -1)),
    next: (pageInfo) => setAfterCursors((cursors) => nextCursors(cursors, readPageInfo(pageInfo).endCursor)),
  };
}

/** The cursor stack after "next": a missing end cursor (no next page) leaves it as it is. */
export function nextCursors(cursors: ReadonlyArray<string | null>, endCursor: string | null | undefined): ReadonlyArray<string | null> {
  return endCursor ? [...cursors, endCursor] : cursors;
}
