import { NO_STREAM, type ExpectedRevision } from './event-store.port';

/**
 * Base of every error the event store throws on purpose. `code` is stable: the API maps it to
 * GraphQL `extensions.code`, so never rename one.
 */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * The stream is not at the expected revision: someone else appended first. Nothing was written.
 * `actual` is the stream's last revision, or 'no_stream' when it has no events.
 *
 * @example
 *   try { await store.append(id, events, { expectedRevision: 3 }); }
 *   catch (e) { if (e instanceof ConcurrencyError) reloadAndRetry(); else throw e; }
 */
export class ConcurrencyError extends EventStoreError {
  readonly code = 'CONCURRENCY_CONFLICT' as const;

  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | typeof NO_STREAM,
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

export type IdempotencyConflictReason =
  | 'different_stream'
  | 'different_type'
  | 'different_schema_version'
  | 'different_data'
  | 'partial_batch'
  | 'different_order';

/**
 * Event ids already stored were re-sent with different content, or only some of a batch's ids
 * were stored before. A retried command must re-send exactly what it sent the first time; a new
 * decision needs new event ids. Nothing was written.
 */
export class IdempotencyConflictError extends EventStoreError {
  readonly code = 'IDEMPOTENCY_CONFLICT' as const;

  constructor(
    readonly streamId: string,
    readonly eventId: string,
    readonly reason: IdempotencyConflictReason,
  ) {
    super(`Event ${eventId} re-sent to stream ${streamId} does not match what is stored (${reason})`);
  }
}
