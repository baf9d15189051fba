import type { EventStore } from '../event-store.port';
import { BUNDLE_FORMAT, BUNDLE_VERSION, eventLine, headerLine, type BundleSelection } from './bundle-format';
import { selectBundleEvents } from './select-bundle-events';

export interface WriteBundleOptions {
  /** ISO-8601 UTC instant written into the header (from the caller's clock). */
  readonly exportedAt: string;
}

/**
 * An auditor's bundle as NDJSON lines (each ending in "\n"): the header, then the selected events
 * in position order. Pass the RAW store (stored form): personal data must stay ciphertext, or
 * the hashes would not recompute.
 *
 * Two passes over the selection (count, then lines) keep memory flat; both stop at the head read
 * before the first, so they see the same events.
 *
 * @example
 *   for await (const line of writeBundle(rawStore, { kind: 'range', from: 1, to: 500 }, { exportedAt }))
 *     out.write(line);
 */
export async function* writeBundle(
  store: EventStore,
  selection: BundleSelection,
  options: WriteBundleOptions,
): AsyncGenerator<string, void, undefined> {
  if (selection.kind === 'range' && (!Number.isInteger(selection.from) || selection.from < 1 || selection.to < selection.from)) {
    throw new RangeError('a range bundle needs 1 <= from <= to');
  }
  // Copied: an adapter may hand back a driver row, which is not a plain object to canonicalJson.
  const { position, hash } = await store.head();
  const head = { position, hash };
  // A range is recorded as exported (cut at the head), so a reader can demand exactly from..to.
  const selected: BundleSelection =
    selection.kind === 'range' ? { ...selection, to: Math.min(selection.to, head.position) } : selection;
  let count = 0;
  for await (const _ of selectBundleEvents(store, selected, head.position)) count += 1;
  const header = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: options.exportedAt, selection: selected, head, count };
  yield `${headerLine(header)}\n`;
  for await (const event of selectBundleEvents(store, selected, head.position)) yield `${eventLine(event)}\n`;
}
