import type { EventStore, RecordedEvent } from '../event-store.port';
import type { BundleSelection } from './bundle-format';

const PAGE = 1000;

/** Does the event's data name the case (`caseId`, or `caseIds` for events about several families)? */
export function namesCase(event: RecordedEvent, caseId: string): boolean {
  const data = event.data as { caseId?: unknown; caseIds?: unknown };
  return data.caseId === caseId || (Array.isArray(data.caseIds) && data.caseIds.includes(caseId));
}

/**
 * The selection's events in global position order, up to `headPosition` (the head read once at
 * export time, so a bundle is a snapshot even while appends go on). Pages through the store:
 * never the whole log in memory.
 */
export async function* selectBundleEvents(
  store: EventStore,
  selection: BundleSelection,
  headPosition: number,
): AsyncGenerator<RecordedEvent, void, undefined> {
  if (selection.kind === 'stream') {
    for (let from = 0; ; from += PAGE) {
      const page = await store.readStream(selection.streamId, { from, limit: PAGE });
      for (const event of page) if (event.position <= headPosition) yield event;
      if (page.length < PAGE) return;
    }
  }
  const [first, last] = selection.kind === 'range' ? [selection.from, Math.min(selection.to, headPosition)] : [1, headPosition];
  let fromPosition = first - 1;
  while (fromPosition < last) {
    const page = await store.readAll({ fromPosition, limit: Math.min(PAGE, last - fromPosition) });
    for (const event of page) {
      if (event.position > last) return;
      if (selection.kind === 'range' || event.streamId === selection.streamId || namesCase(event, selection.caseId)) {
        yield event;
      }
    }
    const end = page[page.length - 1];
    if (!end) return;
    fromPosition = end.position;
  }
}
