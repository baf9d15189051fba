import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json';
import type { RecordedEvent } from '../event-store.port';

/** `prevHash` of the first event in the log. */
export const GENESIS_HASH = '0'.repeat(64);

/** The envelope fields the hash covers, with `data` exactly as stored (ciphertext for personal data). */
export type HashedEnvelope = Pick<
  RecordedEvent,
  'id' | 'streamId' | 'revision' | 'position' | 'type' | 'schemaVersion' | 'data' | 'metadata' | 'recordedAt'
>;

/** The same envelope with `data` and `metadata` already in canonical JSON, as an adapter stores them. */
export type HashedEnvelopeJson = Omit<HashedEnvelope, 'data' | 'metadata'> & {
  readonly dataJson: string;
  readonly metadataJson: string;
};

/**
 * sha256 (hex) over the canonical JSON of
 * `{ id, streamId, revision, position, type, schemaVersion, data, metadata, recordedAt, prevHash }`.
 * Including `prevHash` makes the log a chain: changing, removing or reordering any event changes
 * every later hash.
 */
export function computeEventHash(prevHash: string, event: HashedEnvelope): string {
  return computeEventHashFromJson(prevHash, {
    ...event,
    dataJson: canonicalJson(event.data),
    metadataJson: canonicalJson(event.metadata),
  });
}

/**
 * The same hash, for adapters that keep `data`/`metadata` as canonical JSON text: hashing the stored
 * text itself (instead of re-serialising a parsed value) means any edit of the stored bytes, even
 * one that is still valid JSON, breaks the hash. Keys below are written in canonical (sorted) order,
 * so the result equals `sha256(canonicalJson(envelope))` — a unit test holds it to that.
 */
export function computeEventHashFromJson(prevHash: string, event: HashedEnvelopeJson): string {
  const text =
    `{"data":${event.dataJson},"id":${JSON.stringify(event.id)},"metadata":${event.metadataJson}` +
    `,"position":${canonicalJson(event.position)},"prevHash":${JSON.stringify(prevHash)}` +
    `,"recordedAt":${JSON.stringify(event.recordedAt)},"revision":${canonicalJson(event.revision)}` +
    `,"schemaVersion":${canonicalJson(event.schemaVersion)},"streamId":${JSON.stringify(event.streamId)}` +
    `,"type":${JSON.stringify(event.type)}}`;
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
