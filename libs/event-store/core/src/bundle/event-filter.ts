import { streamTypeOf, type EventFilter, type RecordedEvent } from '../event-store.port';

/**
 * The port's filter semantics in memory (adapters do it in their query language): an absent
 * list does not filter, an EMPTY list matches nothing, both lists given must both match.
 */
export function matchesEventFilter(event: Pick<RecordedEvent, 'streamId' | 'type'>, filter: EventFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.streamTypes && !filter.streamTypes.includes(streamTypeOf(event.streamId))) return false;
  if (filter.eventTypes && !filter.eventTypes.includes(event.type)) return false;
  return true;
}
