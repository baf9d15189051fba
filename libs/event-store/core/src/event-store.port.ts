/**
 * The event-store port: one interface for every backend (SQLite now, PostgreSQL and EventStoreDB
 * later). Every adapter runs the contract suite exported from `@careledger/event-store/testing`.
 *
 * @example
 *   const r = await store.append('case-42', [{ id, type: 'CaseOpened', data, metadata }],
 *     { expectedRevision: NO_STREAM });
 *   const events = await store.readStream('case-42');
 */

/** Expected revision: an exact revision (0-based, of the last event in the stream) or a state. */
export type ExpectedRevision = number | 'any' | 'no_stream' | 'stream_exists';
export const ANY = 'any' as const;
export const NO_STREAM = 'no_stream' as const;
export const STREAM_EXISTS = 'stream_exists' as const;

/** Who did it, on whose behalf, why. Everything a later auditor needs to ask about one event. */
export interface EventMetadata {
  readonly actorId: string;
  readonly actorRole: string;
  /** Township code of the actor (null for county-wide roles). */
  readonly actorTownship: string | null;
  /** Idempotency key of the command that produced the event. */
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  /** Civil date (YYYY-MM-DD, Asia/Shanghai) the event is about, where it applies. */
  readonly businessDate?: string | null;
  /** Free-text reason where the command asks for one (corrections, exits, voids). */
  readonly reason?: string | null;
}

export type EventData = Readonly<Record<string, unknown>>;

/** An event as the application hands it to `append`. */
export interface NewEvent<TType extends string = string, TData extends EventData = EventData> {
  /** UUID chosen by the caller: re-sending the same ids is how a retried command stays exactly-once. */
  readonly id: string;
  readonly type: TType;
  readonly schemaVersion?: number;
  readonly data: TData;
  readonly metadata: EventMetadata;
  /** When the event was recorded (ISO-8601 UTC). Supplied by the caller's clock, never the store's. */
  readonly recordedAt: string;
}

/** The stored envelope. */
export interface RecordedEvent<TType extends string = string, TData extends EventData = EventData> {
  readonly id: string;
  readonly streamId: string;
  /** 0-based position of the event within its stream. */
  readonly revision: number;
  /** 1-based position in the global log (gapless in the embedded store). */
  readonly position: number;
  readonly type: TType;
  readonly schemaVersion: number;
  readonly data: TData;
  readonly metadata: EventMetadata;
  readonly recordedAt: string;
  /** Hash of the previous event in the global log (64 zeros for the first). */
  readonly prevHash: string;
  /** sha256 over the canonical serialisation of this envelope (as stored) and `prevHash`. */
  readonly hash: string;
}

export interface AppendOptions {
  readonly expectedRevision?: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the last event now in the stream (-1 when an empty append finds no stream). */
  readonly nextExpectedRevision: number;
  /** Global position of the last event written (or already written, for an idempotent re-send). */
  readonly position: number;
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  /** Revision to start at (inclusive). Default: start (forwards) or end (backwards). */
  readonly from?: number;
  readonly direction?: Direction;
  readonly limit?: number;
}

/** Absent lists do not filter; an EMPTY list matches nothing. Both lists given: both must match. */
export interface EventFilter {
  /** Stream type = the stream id's prefix before the first '-', e.g. 'case' for 'case-42'. */
  readonly streamTypes?: readonly string[];
  readonly eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** Global position to start after (exclusive). Default 0 = from the beginning. */
  readonly fromPosition?: number;
  readonly limit?: number;
  readonly filter?: EventFilter;
}

export interface SubscribeOptions {
  /** Replay starts after this position (exclusive). */
  readonly fromPosition?: number;
  readonly filter?: EventFilter;
  /** Largest batch handed over at once. */
  readonly batchSize?: number;
}

/**
 * A catch-up subscription: yields batches of events in global order, first the history after
 * `fromPosition`, then live appends as they happen. Iteration ends after `close()`.
 */
export interface Subscription extends AsyncIterable<readonly RecordedEvent[]> {
  close(): Promise<void>;
}

export type ChainVerification =
  | { readonly ok: true; readonly checked: number; readonly headPosition: number; readonly headHash: string }
  | {
      readonly ok: false;
      readonly checked: number;
      /** First position whose stored hash, link or sequence does not match. */
      readonly brokenAt: number;
      readonly problem: 'hash_mismatch' | 'link_mismatch' | 'position_gap' | 'revision_gap';
    };

export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<readonly RecordedEvent[]>;
  subscribe(options?: SubscribeOptions): Subscription;
  /** Position and hash of the last event in the global log (0 and the genesis hash when empty). */
  head(): Promise<{ readonly position: number; readonly hash: string }>;
  verifyChain(range?: { readonly from?: number; readonly to?: number }): Promise<ChainVerification>;
  close(): Promise<void>;
}

export const streamTypeOf = (streamId: string): string => {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
};
