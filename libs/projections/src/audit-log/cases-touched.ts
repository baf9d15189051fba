import { streamTypeOf, type RecordedEvent } from '@careledger/event-store';

type EventRef = Pick<RecordedEvent, 'streamId' | 'revision' | 'data'>;

/**
 * Which cases an event NAMES: the case it carries (`caseId`, on every care-case event and on the
 * first event of a subsidy application, a claim or an enrolment) or the cases it lists
 * (`caseIds`: a visit or activity reaching several families, a fund charge paying their aid).
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
 * The stream whose FIRST event's cases this event also belongs to: its own, unless it is that
 * first event or a care-case stream (which names its case on every event). A stream that starts
 * with a family (an application, a claim, a visit) is about that family throughout; a stream that
 * does not (a fund, a policy) is not, and its events reach a family only by naming it — so a
 * fund's later entries never spill onto a family whose aid it once paid.
 */
export function streamToFollow(event: EventRef): string | null {
  if (event.revision === 0 || streamTypeOf(event.streamId) === 'case') return null;
  return event.streamId;
}

/**
 * Every case an event touches: the cases it names, plus the cases its stream's first event named.
 * `firstEventCases` is the caller's memory of those first events (a read-model query in a
 * projection, a map in a pure fold), so the rule lives here once.
 */
export async function casesOfEvent(
  event: EventRef,
  firstEventCases: (streamId: string) => Promise<readonly string[]> | readonly string[],
): Promise<readonly string[]> {
  const ids = new Set(casesTouchedBy(event));
  const stream = streamToFollow(event);
  if (stream !== null) for (const id of await firstEventCases(stream)) ids.add(id);
  return [...ids];
}

/** `casesOfEvent` for a pure, in-memory fold over events in log order. */
export class CaseStreamLinks {
  private readonly firstEventCases = new Map<string, readonly string[]>();

  casesOf(event: EventRef): readonly string[] {
    const named = casesTouchedBy(event);
    if (event.revision === 0) this.firstEventCases.set(event.streamId, named);
    const stream = streamToFollow(event);
    if (stream === null) return named;
    return [...new Set([...named, ...(this.firstEventCases.get(stream) ?? [])])];
  }
}
