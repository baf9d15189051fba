import type { RecordedEvent } from '@careledger/event-store';

/**
 * Which cases an event touches: the case it names (`caseId`, which every care-case event
 * carries) or the cases it lists (`caseIds`, a visit or activity reaching several families).
 * Later stream types that name cases differently add their rule here, and so appear in each
 * family's audit trail and time-travel history.
 */
export function casesTouchedBy(event: Pick<RecordedEvent, 'data'>): readonly string[] {
  const ids = new Set<string>();
  const data = event.data as { caseId?: unknown; caseIds?: unknown };
  if (typeof data.caseId === 'string') ids.add(data.caseId);
  if (Array.isArray(data.caseIds)) {
    for (const id of data.caseIds) if (typeof id === 'string') ids.add(id);
  }
  return [...ids];
}
