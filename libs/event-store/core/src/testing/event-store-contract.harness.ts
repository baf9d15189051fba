import { randomUUID } from 'node:crypto';
import type { EventData, EventMetadata, EventStore, NewEvent, Subscription, RecordedEvent } from '../event-store.port';
import type { PersonalDataKeyStore } from '../personal-data/personal-data-key-store.port';

/** One row of the events table exactly as it sits in the database. */
export interface RawEventRow {
  readonly position: number;
  readonly streamId: string;
  readonly type: string;
  /** The stored text (JSON) of `data` and `metadata`. */
  readonly data: string;
  readonly metadata: string;
}

/**
 * What an adapter hands the contract suite: a store on a FRESH, empty database, plus hooks that
 * reach behind the port the way an attacker or a second process would.
 */
export interface EventStoreContractHarness {
  readonly store: EventStore;
  /** A key store on the same database (the contract wraps `store` with protectPersonalData). */
  readonly keyStore: PersonalDataKeyStore;
  /** Another connection to the same database, as a second process would have. */
  openSecondConnection(): Promise<EventStore>;
  rawEventRows(): Promise<readonly RawEventRow[]>;
  /** Direct edits of stored rows, bypassing the store. */
  readonly tamper: {
    /** Changes one byte inside the stored `data` of the row at `position`. */
    flipDataByte(position: number): Promise<void>;
    deleteRow(position: number): Promise<void>;
    /** Exchanges the positions of two rows (their content stays as stored). */
    swapRows(a: number, b: number): Promise<void>;
  };
  /** Closes every connection (some may already be closed) and removes the database. */
  dispose(): Promise<void>;
}

export type EventStoreContractFactory = () => Promise<EventStoreContractHarness>;

export const RECORDED_AT = '2024-03-01T08:00:00.000Z';

export function aMetadata(overrides: Partial<EventMetadata> = {}): EventMetadata {
  return {
    actorId: 'user-1',
    actorRole: 'caseworker',
    actorTownship: 'T01',
    commandId: randomUUID(),
    correlationId: 'corr-1',
    causationId: 'cause-1',
    businessDate: '2024-02-29',
    reason: null,
    ...overrides,
  };
}

/** A valid new event with a fresh id; `data` defaults to a small note. */
export function anEvent(type = 'CaseNoteAdded', data: EventData = { note: 'visited', amountFen: 1250 }): NewEvent {
  return { id: randomUUID(), type, data, metadata: aMetadata(), recordedAt: RECORDED_AT };
}

export function someEvents(count: number, type = 'CaseNoteAdded'): NewEvent[] {
  return Array.from({ length: count }, (_, i) => anEvent(type, { note: `note ${i}`, seq: i }));
}

/** Next value of an iterator, or a failure after `ms` (a hung subscription must fail the test, not the run). */
export async function nextWithin<T>(iterator: AsyncIterator<T>, ms: number): Promise<IteratorResult<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no subscription batch within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([iterator.next(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads batches until `count` events arrived; fails if more arrive in the last batch than asked. */
export async function takeEvents(
  iterator: AsyncIterator<readonly RecordedEvent[]>,
  count: number,
  ms = 5000,
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  while (events.length < count) {
    const next = await nextWithin(iterator, ms);
    if (next.done) throw new Error(`subscription ended after ${events.length} of ${count} events`);
    events.push(...next.value);
  }
  return events;
}

export const iteratorOf = (subscription: Subscription): AsyncIterator<readonly RecordedEvent[]> =>
  subscription[Symbol.asyncIterator]();
