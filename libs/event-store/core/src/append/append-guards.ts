import { ConcurrencyError, IdempotencyConflictError } from '../event-store.errors';
import { NO_STREAM, type AppendResult, type ExpectedRevision } from '../event-store.port';
import type { PreparedEvent } from './prepare-events';

/**
 * Throws ConcurrencyError unless the stream's last revision (`actual`, null when the stream has no
 * events) satisfies `expected`. Adapters call it inside their write transaction.
 */
export function assertExpectedRevision(streamId: string, expected: ExpectedRevision, actual: number | null): void {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && actual === null) ||
    (expected === 'stream_exists' && actual !== null) ||
    (typeof expected === 'number' && expected === actual);
  if (!ok) throw new ConcurrencyError(streamId, expected, actual ?? NO_STREAM);
}

/** A stored event as the idempotency check needs it. */
export interface StoredForIdempotency {
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
  readonly position: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly dataJson: string;
}

/**
 * Decides what a batch whose ids may already be stored means, before the expected revision is
 * checked (a retry arrives after its own write moved the stream on):
 * - none stored → null: a new append;
 * - all stored, identical, in the same order and contiguous → the original result, write nothing;
 * - anything else → IdempotencyConflictError.
 *
 * `stored` = the stored events whose id is among the batch's ids, in any order.
 */
export function resolveIdempotentResend(
  streamId: string,
  batch: readonly PreparedEvent[],
  stored: readonly StoredForIdempotency[],
): AppendResult | null {
  if (stored.length === 0) return null;
  const byPosition = [...stored].sort((a, b) => a.position - b.position);
  const first = byPosition[0] as StoredForIdempotency;
  if (byPosition.length !== batch.length) {
    const missing = batch.find((e) => !stored.some((s) => s.id === e.id)) ?? batch[0];
    throw new IdempotencyConflictError(streamId, missing?.id ?? first.id, 'partial_batch');
  }
  byPosition.forEach((existing, i) => {
    const sent = batch[i] as PreparedEvent;
    const conflict = (reason: ConstructorParameters<typeof IdempotencyConflictError>[2]) =>
      new IdempotencyConflictError(streamId, sent.id, reason);
    if (existing.streamId !== streamId) throw conflict('different_stream');
    if (existing.id !== sent.id || existing.revision !== first.revision + i) throw conflict('different_order');
    if (existing.type !== sent.type) throw conflict('different_type');
    if (existing.schemaVersion !== sent.schemaVersion) throw conflict('different_schema_version');
    if (existing.dataJson !== sent.dataJson) throw conflict('different_data');
  });
  const last = byPosition[byPosition.length - 1] as StoredForIdempotency;
  return { nextExpectedRevision: last.revision, position: last.position };
}
