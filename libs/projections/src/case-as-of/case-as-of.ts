import type { RecordedEvent } from '@careledger/event-store';
import { selectAsOf, type AsOf } from './as-of';
import { eventsOfCase, foldEventsOfCase, type CaseView } from './case-view.fold';

/**
 * Time travel for one case: the view as it stood at `asOf`, from the case's events (its stream
 * and any other event naming it). Null when the case did not exist then.
 *
 * @example
 *   caseAsOf(caseId, events, { recordedAt: '2023-11-15T00:00:00.000Z' }) // what we knew that day
 *   caseAsOf(caseId, events, { businessDate: '2023-11-15' })            // that day, as known now
 */
export function caseAsOf(caseId: string, events: readonly RecordedEvent[], asOf: AsOf): CaseView | null {
  // Which events are the case's is decided on the whole history first, then cut at the moment.
  return foldEventsOfCase(caseId, selectAsOf(eventsOfCase(caseId, events), asOf));
}
