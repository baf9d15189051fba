import { canonicalJson } from '../canonical-json';
import { catchUpSubscription } from '../catch-up-subscription';
import { ChainVerifier } from '../chain/chain-verifier';
import { computeEventHash, GENESIS_HASH } from '../chain/event-hash';
import type { ChainVerification, EventStore, RecordedEvent } from '../event-store.port';
import { matchesEventFilter } from './event-filter';
import type { ReadBundleResult } from './read-bundle';

/** Appending to a bundle: it is evidence, not a log. */
export class BundleReadOnlyError extends Error {
  readonly code = 'BUNDLE_READ_ONLY' as const;
}

/**
 * A read-only, in-memory EventStore over a VERIFIED bundle, so projections can replay from the
 * bundle alone. Positions are those of the source log (with gaps for stream and case bundles);
 * `head()` is the bundle's last event. `verifyChain` re-checks the events: linked from the first
 * event's prevHash when they are contiguous, otherwise each event's own hash only.
 *
 * @example
 *   const bundle = await readBundle(lines);
 *   const store = bundleEventStore(bundle); // throws unless bundle.verification.ok
 */
export function bundleEventStore(bundle: ReadBundleResult): EventStore {
  if (!bundle.verification.ok) throw new Error('bundleEventStore: the bundle did not verify; refusing to replay it');
  const events = [...bundle.events];
  let closed = false;
  const open = () => {
    if (closed) throw new Error('bundle event store is closed');
  };
  const headPosition = () => events[events.length - 1]?.position ?? 0;
  const readAll: EventStore['readAll'] = async (options = {}) => {
    open();
    const after = options.fromPosition ?? 0;
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const out: RecordedEvent[] = [];
    for (const event of events) {
      if (out.length >= limit) break;
      if (event.position > after && matchesEventFilter(event, options.filter)) out.push(event);
    }
    return out;
  };
  return {
    async append() {
      throw new BundleReadOnlyError('a bundle is read-only: events cannot be appended to it');
    },
    async readStream(streamId, options = {}) {
      open();
      const backwards = options.direction === 'backwards';
      const from = options.from ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
      const selected = events.filter((e) => e.streamId === streamId && (backwards ? e.revision <= from : e.revision >= from));
      if (backwards) selected.reverse();
      return options.limit === undefined ? selected : selected.slice(0, options.limit);
    },
    readAll,
    subscribe(options) {
      open();
      // Nothing is ever appended: after the history, a subscriber waits until it closes.
      return catchUpSubscription(
        {
          readAll,
          headPosition: async () => headPosition(),
          waitForAppend: (_after, signal) => new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true })),
        },
        options,
      );
    },
    async head() {
      open();
      const last = events[events.length - 1];
      return last ? { position: last.position, hash: last.hash } : { position: 0, hash: GENESIS_HASH };
    },
    async verifyChain(range = {}) {
      open();
      const inRange = events.filter((e) => e.position >= (range.from ?? 1) && e.position <= (range.to ?? Number.MAX_SAFE_INTEGER));
      return verifyEvents(inRange);
    },
    async close() {
      closed = true;
    },
  };
}

function verifyEvents(events: readonly RecordedEvent[]): ChainVerification {
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last) return { ok: true, checked: 0, headPosition: 0, headHash: GENESIS_HASH };
  const contiguous = last.position - first.position + 1 === events.length;
  if (contiguous) {
    const verifier = new ChainVerifier({ position: first.position, prevHash: first.prevHash });
    for (const e of events) {
      if (!verifier.push({ ...e, dataJson: canonicalJson(e.data), metadataJson: canonicalJson(e.metadata) })) break;
    }
    return verifier.result();
  }
  // Not contiguous in the global log: only each event's own hash can be recomputed.
  let checked = 0;
  for (const e of events) {
    if (computeEventHash(e.prevHash, e) !== e.hash) return { ok: false, checked, brokenAt: e.position, problem: 'hash_mismatch' };
    checked += 1;
  }
  return { ok: true, checked, headPosition: last.position, headHash: last.hash };
}
