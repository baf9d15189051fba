import { streamTypeOf, type RecordedEvent } from '@careledger/event-store';

/**
 * Which cases an event NAMES: the case it carries (`caseId`, on every care-case event and on the
 * first event of a subsidy application, a claim or an enrolment) or the cases it lists
 * (`caseIds`, a visit or activity reaching several families).
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

/**
 * The streams whose cases an event also belongs to: its own stream (a later step of an
 * application that named its case once, on SubsidyApplied) and the stream it is linked to
 * (`linkedStreamId`: a fund expenditure paying a visit's cash aid belongs to that visit's
 * families). A care-case stream always names its case, so it needs no lookup.
 */
export function linkedStreamsOf(event: Pick<RecordedEvent, 'streamId' | 'data'>): readonly string[] {
  const streams: string[] = [];
  if (streamTypeOf(event.streamId) !== 'case') streams.push(event.streamId);
  const linked = (event.data as { linkedStreamId?: unknown }).linkedStreamId;
  if (typeof linked === 'string' && linked !== event.streamId) streams.push(linked);
  return streams;
}

/**
 * Every case an event touches: the cases it names, plus the cases of the streams it belongs to
 * (as earlier events named them). `casesOfStream` is the caller's memory of those earlier events
 * (a read-model query in a projection, a map in a pure fold), so the rule lives here once.
 *
 * A case once linked to a stream stays linked: a visit amended to drop a family still shows,
 * on that family's timeline, the amendment that dropped it.
 */
export async function casesOfEvent(
  event: Pick<RecordedEvent, 'streamId' | 'data'>,
  casesOfStream: (streamId: string) => Promise<readonly string[]> | readonly string[],
): Promise<readonly string[]> {
  const ids = new Set(casesTouchedBy(event));
  for (const stream of linkedStreamsOf(event)) for (const id of await casesOfStream(stream)) ids.add(id);
  return [...ids];
}

/** `casesOfEvent` for a pure, in-memory fold: remembers which cases each stream has named. */
export class CaseStreamLinks {
  private readonly byStream = new Map<string, Set<string>>();

  /** The cases of this event; records the cases it names against its stream for later events. */
  casesOf(event: Pick<RecordedEvent, 'streamId' | 'data'>): readonly string[] {
    const named = casesTouchedBy(event);
    const ids = new Set(named);
    for (const stream of linkedStreamsOf(event)) for (const id of this.byStream.get(stream) ?? []) ids.add(id);
    if (named.length > 0) {
      const known = this.byStream.get(event.streamId) ?? new Set<string>();
      for (const id of named) known.add(id);
      this.byStream.set(event.streamId, known);
    }
    return [...ids];
  }
}
