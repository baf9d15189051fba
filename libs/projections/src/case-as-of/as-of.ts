import type { RecordedEvent } from '@careledger/event-store';
import { businessDayOf } from '../audit-log/business-day';

/**
 * A point in time on one of the log's two time axes.
 * - `recordedAt` (ISO-8601 instant): what we knew then — only events recorded at or before it.
 * - `businessDate` (civil date): how things stood on that day, by everything known now —
 *   events about that day or earlier, however late they were recorded.
 */
export type AsOf = { readonly recordedAt: string } | { readonly businessDate: string };

/** `recordedAt:2023-11-15T00:00:00.000Z` or `businessDate:2023-11-15`, as the API echoes it. */
export function describeAsOf(asOf: AsOf): string {
  return 'recordedAt' in asOf ? `recordedAt:${asOf.recordedAt}` : `businessDate:${asOf.businessDate}`;
}

/** The events that count at `asOf`, in their original order. */
export function selectAsOf<E extends Pick<RecordedEvent, 'recordedAt' | 'metadata'>>(
  events: readonly E[],
  asOf: AsOf,
): E[] {
  if ('recordedAt' in asOf) {
    // Instants are compared as instants, so '…+08:00' and '…Z' spellings of one moment agree.
    const instant = Date.parse(asOf.recordedAt);
    return events.filter((e) => Date.parse(e.recordedAt) <= instant);
  }
  return events.filter((e) => businessDayOf(e) <= asOf.businessDate);
}
