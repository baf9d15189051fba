import { useState } from 'react';

/** Cursor pages: afterCursors[i] fetches page i. Reset to the first page when a filter changes. */
export function useCursorPages() {
  const [afterCursors, setAfterCursors] = useState<ReadonlyArray<string | null>>([null]);
  const page = afterCursors.length - 1;
  return {
    page,
    after: afterCursors[page] ?? null,
    reset: () => setAfterCursors([null]),
    previous: () => setAfterCursors((cursors) => cursors.slice(0, -1)),
    next: (cursor: string | null | undefined) => setAfterCursors((cursors) => nextCursors(cursors, cursor)),
  };
}

/** The cursor stack after "next": a missing end cursor (no next page) leaves it as it is. */
export function nextCursors(cursors: ReadonlyArray<string | null>, endCursor: string | null | undefined): ReadonlyArray<string | null> {
  return endCursor ? [...cursors, endCursor] : cursors;
}
