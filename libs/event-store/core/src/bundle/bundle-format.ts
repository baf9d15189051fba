import { canonicalJson } from '../canonical-json';
import type { EventData, EventMetadata, RecordedEvent } from '../event-store.port';

export const BUNDLE_FORMAT = 'careledger-bundle' as const;
export const BUNDLE_VERSION = 1 as const;

/** What a bundle holds: one stream, one case with everything naming it, or a range of the log. */
export type BundleSelection =
  | { readonly kind: 'stream'; readonly streamId: string }
  | { readonly kind: 'case'; readonly caseId: string; readonly streamId: string }
  | { readonly kind: 'range'; readonly from: number; readonly to: number };

/** The first line of a bundle. */
export interface BundleHeader {
  readonly format: typeof BUNDLE_FORMAT;
  readonly version: typeof BUNDLE_VERSION;
  /** ISO-8601 UTC instant of the export. */
  readonly exportedAt: string;
  readonly selection: BundleSelection;
  /** Head of the whole log when exported: compare it with an anchor kept elsewhere. */
  readonly head: { readonly position: number; readonly hash: string };
  /** Number of event lines that follow. */
  readonly count: number;
}

/**
 * One event line: exactly the fields the hash covers, as stored (personal data stays
 * ciphertext), plus `prevHash` and `hash`. Written as canonical JSON, so a reader can demand that
 * every line is byte for byte the canonical form of its own content.
 */
export type BundleEvent = RecordedEvent;

const EVENT_KEYS = [
  'data',
  'hash',
  'id',
  'metadata',
  'position',
  'prevHash',
  'recordedAt',
  'revision',
  'schemaVersion',
  'streamId',
  'type',
] as const;

export function headerLine(header: BundleHeader): string {
  return canonicalJson(header);
}

export function eventLine(event: RecordedEvent): string {
  const { id, streamId, revision, position, type, schemaVersion, data, metadata, recordedAt, prevHash, hash } = event;
  return canonicalJson({ id, streamId, revision, position, type, schemaVersion, data, metadata, recordedAt, prevHash, hash });
}

/** Why a line could not be read as a bundle line; the verifier reports it as `malformed`. */
export class BundleLineError extends Error {}

function parseCanonical(line: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BundleLineError('not JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new BundleLineError('not a JSON object');
  // Anything but the canonical bytes (spaces, key order, escapes) is an edit the hash may not see.
  if (canonicalJson(value) !== line) throw new BundleLineError('not in canonical form');
  return value as Record<string, unknown>;
}

export function parseHeader(line: string): BundleHeader {
  const value = parseCanonical(line);
  if (value['format'] !== BUNDLE_FORMAT) throw new BundleLineError(`not a ${BUNDLE_FORMAT} file`);
  if (value['version'] !== BUNDLE_VERSION) throw new BundleLineError(`unsupported bundle version ${String(value['version'])}`);
  const selection = value['selection'] as BundleSelection | undefined;
  const head = value['head'] as BundleHeader['head'] | undefined;
  const validSelection =
    (selection?.kind === 'stream' && typeof selection.streamId === 'string') ||
    (selection?.kind === 'case' && typeof selection.caseId === 'string' && typeof selection.streamId === 'string') ||
    (selection?.kind === 'range' && Number.isInteger(selection.from) && Number.isInteger(selection.to));
  if (!validSelection) throw new BundleLineError('header has no valid selection');
  if (!head || !Number.isInteger(head.position) || typeof head.hash !== 'string') throw new BundleLineError('header has no valid head');
  if (!Number.isInteger(value['count']) || typeof value['exportedAt'] !== 'string') throw new BundleLineError('header lacks count or exportedAt');
  return value as unknown as BundleHeader;
}

export function parseEventLine(line: string): BundleEvent {
  const value = parseCanonical(line);
  const keys = Object.keys(value).sort();
  if (keys.length !== EVENT_KEYS.length || keys.some((k, i) => k !== EVENT_KEYS[i])) {
    throw new BundleLineError(`event fields must be exactly ${EVENT_KEYS.join(', ')}`);
  }
  const v = value as Record<(typeof EVENT_KEYS)[number], unknown>;
  const strings = [v.id, v.streamId, v.type, v.recordedAt, v.prevHash, v.hash].every((s) => typeof s === 'string');
  const integers = [v.position, v.revision, v.schemaVersion].every((n) => Number.isInteger(n));
  const objects = [v.data, v.metadata].every((o) => o !== null && typeof o === 'object' && !Array.isArray(o));
  if (!strings || !integers || !objects) throw new BundleLineError('an event field has the wrong type');
  return value as unknown as BundleEvent & { data: EventData; metadata: EventMetadata };
}
