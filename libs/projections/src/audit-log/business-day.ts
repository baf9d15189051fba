import type { RecordedEvent } from '@careledger/event-store';

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The civil date (YYYY-MM-DD) of an instant in Asia/Shanghai (UTC+8 all year, no daylight saving). */
export function shanghaiCivilDate(instant: string): string {
  return new Date(Date.parse(instant) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The day an event is about: the business date its command named, else the day it was recorded
 * (in Asia/Shanghai). One definition shared by the audit trail's date filter and time travel, so
 * "as of 15 November" means the same events in both.
 *
 * @example businessDayOf({ recordedAt: '2023-11-14T17:00:00.000Z', metadata: { businessDate: null } }) // '2023-11-15'
 */
export function businessDayOf(event: Pick<RecordedEvent, 'recordedAt' | 'metadata'>): string {
  return event.metadata.businessDate ?? shanghaiCivilDate(event.recordedAt);
}
