import type { ReadAllOptions, RecordedEvent, SubscribeOptions, Subscription } from './event-store.port';

/** What an adapter provides so `catchUpSubscription` can follow its log. */
export interface CatchUpSource {
  readAll(options: ReadAllOptions): Promise<readonly RecordedEvent[]>;
  /** Position of the last event in the global log (0 when empty). */
  headPosition(): Promise<number>;
  /**
   * Resolves once the log may hold an event after `position` (spurious wake-ups are fine), or when
   * `signal` aborts — then the adapter must drop whatever it registered (timers, listeners).
   */
  waitForAppend(position: number, signal: AbortSignal): Promise<void>;
}

export const DEFAULT_SUBSCRIPTION_BATCH_SIZE = 500;

/**
 * The port's catch-up subscription for any adapter: pages through history with `readAll`, then
 * waits for appends. `close()` ends iteration promptly, also while waiting; breaking out of a
 * `for await` closes it too.
 *
 * Why the head is read before each page: with a filter, a page can come back short or empty
 * while non-matching events lie ahead. Everything up to the head read before the page has then
 * been considered, so the cursor may jump there — otherwise "wait for something after the
 * cursor" would wake at once, forever, on events the filter drops.
 */
export function catchUpSubscription(
  source: CatchUpSource,
  options: SubscribeOptions = {},
  /** Called once iteration has ended or close() was called (possibly twice): lets adapters forget it. */
  onEnd: () => void = () => undefined,
): Subscription {
  const batchSize = options.batchSize ?? DEFAULT_SUBSCRIPTION_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
  const closing = new AbortController();
  const closed = new Promise<void>((resolve) => closing.signal.addEventListener('abort', () => resolve(), { once: true }));

  async function* batches(): AsyncGenerator<readonly RecordedEvent[], void, undefined> {
    let cursor = options.fromPosition ?? 0;
    try {
      while (!closing.signal.aborted) {
        const head = await source.headPosition();
        const page = await source.readAll({ fromPosition: cursor, limit: batchSize, filter: options.filter });
        if (closing.signal.aborted) return;
        const last = page[page.length - 1];
        if (last) cursor = last.position;
        if (page.length < batchSize) cursor = Math.max(cursor, head);
        if (last) {
          yield page;
          continue;
        }
        // A fresh signal per wait, so the adapter never piles listeners onto one long-lived signal.
        const wait = new AbortController();
        try {
          await Promise.race([source.waitForAppend(cursor, wait.signal), closed]);
        } finally {
          wait.abort();
        }
      }
    } finally {
      closing.abort();
      onEnd();
    }
  }

  const iterator = batches();
  return {
    [Symbol.asyncIterator]: () => iterator,
    close: async () => {
      closing.abort();
      onEnd();
    },
  };
}
