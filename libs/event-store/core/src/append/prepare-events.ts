import { canonicalJson } from '../canonical-json';
import type { NewEvent } from '../event-store.port';

/** A new event validated and serialised once, before any adapter opens a transaction. */
export interface PreparedEvent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** Canonical JSON: what is stored, compared for idempotency and hashed. */
  readonly dataJson: string;
  readonly metadataJson: string;
  readonly recordedAt: string;
}

/**
 * Validates a batch and serialises its data to canonical JSON. Adapters store exactly these
 * strings, so the hash computed at append time is the hash of what a reader gets back.
 */
export function prepareEvents(streamId: string, events: readonly NewEvent[]): readonly PreparedEvent[] {
  if (typeof streamId !== 'string' || streamId.length === 0) throw new TypeError('streamId must be a non-empty string');
  const seen = new Set<string>();
  return events.map((event) => {
    if (typeof event.id !== 'string' || event.id.length === 0) throw new TypeError('event id must be a non-empty string');
    if (seen.has(event.id)) throw new TypeError(`event id ${event.id} appears twice in one append`);
    seen.add(event.id);
    if (typeof event.type !== 'string' || event.type.length === 0) throw new TypeError(`event ${event.id}: type is required`);
    if (typeof event.recordedAt !== 'string' || Number.isNaN(Date.parse(event.recordedAt))) {
      throw new TypeError(`event ${event.id}: recordedAt must be an ISO-8601 instant`);
    }
    const schemaVersion = event.schemaVersion ?? 1;
    if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
      throw new TypeError(`event ${event.id}: schemaVersion must be a positive integer`);
    }
    return {
      id: event.id,
      type: event.type,
      schemaVersion,
      dataJson: canonicalJson(event.data),
      metadataJson: canonicalJson(event.metadata),
      recordedAt: event.recordedAt,
    };
  });
}
