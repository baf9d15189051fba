import { catchUpSubscription, type CatchUpSource } from './catch-up-subscription';
import type { ReadAllOptions, RecordedEvent } from './event-store.port';
import { streamTypeOf } from './event-store.port';

/**
 * A log in an array, with the one behaviour under test here made observable: how often the
 * subscription reads while nothing it wants arrives. (Delivery itself is covered by the
 * EventStore contract against real adapters.)
 */
function arrayLog() {
  const events: RecordedEvent[] = [];
  const waiters = new Set<() => void>();
  let reads = 0;
  const source: CatchUpSource = {
    async readAll({ fromPosition = 0, limit = Infinity, filter }: ReadAllOptions) {
      reads += 1;
      await new Promise((resolve) => setImmediate(resolve)); // a spinning loop must not starve timers
      return events
        .filter((e) => e.position > fromPosition)
        .filter((e) => !filter?.streamTypes || filter.streamTypes.includes(streamTypeOf(e.streamId)))
        .slice(0, limit);
    },
    headPosition: async () => events.length,
    waitForAppend: (after, signal) =>
      new Promise<void>((resolve) => {
        if (events.length > after || signal.aborted) return resolve();
        const wake = () => {
          waiters.delete(wake);
          resolve();
        };
        waiters.add(wake);
        signal.addEventListener('abort', wake, { once: true });
      }),
  };
  const append = (streamId: string) => {
    const position = events.length + 1;
    events.push({ id: `e${position}`, streamId, position } as RecordedEvent);
    for (const wake of [...waiters]) wake();
  };
  return { source, append, reads: () => reads, waiting: () => waiters.size };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('catchUpSubscription', () => {
  it('skips past events its filter drops instead of re-reading them forever', async () => {
    const log = arrayLog();
    for (let i = 0; i < 10; i += 1) log.append('case-1');
    const subscription = catchUpSubscription(log.source, { filter: { streamTypes: ['visit'] }, batchSize: 3 });
    try {
      const next = subscription[Symbol.asyncIterator]().next();
      await tick();
      const readsWhileWaiting = log.reads();
      await tick();
      expect(log.reads()).toBe(readsWhileWaiting);
      expect(readsWhileWaiting).toBeLessThanOrEqual(2);
      expect(log.waiting()).toBe(1);

      log.append('case-1');
      log.append('visit-1');
      await expect(next).resolves.toMatchObject({ done: false, value: [{ position: 12 }] });
    } finally {
      await subscription.close();
    }
  });

  it('releases the adapter wait when closed', async () => {
    const log = arrayLog();
    const subscription = catchUpSubscription(log.source);
    const next = subscription[Symbol.asyncIterator]().next();
    await tick();
    expect(log.waiting()).toBe(1);
    await subscription.close();
    await expect(next).resolves.toEqual({ done: true, value: undefined });
    expect(log.waiting()).toBe(0);
  });

  it('rejects a batch size that is not a positive integer', () => {
    expect(() => catchUpSubscription(arrayLog().source, { batchSize: 0 })).toThrow(RangeError);
  });
});
