/// <reference types="jest" />
import type { EventStore } from '../event-store.port';
import {
  anEvent,
  iteratorOf,
  nextWithin,
  someEvents,
  takeEvents,
  type EventStoreContractHarness,
} from './event-store-contract.harness';

export function subscriptionContract(harness: () => EventStoreContractHarness): void {
  const store = (): EventStore => harness().store;

  describe('subscribe', () => {
    it('delivers history after fromPosition, then live appends, in order', async () => {
      await store().append('case-1', someEvents(3));
      const subscription = store().subscribe({ fromPosition: 1 });
      const events = iteratorOf(subscription);
      try {
        expect((await takeEvents(events, 2)).map((e) => e.position)).toEqual([2, 3]);
        const pending = takeEvents(events, 2);
        await store().append('case-2', someEvents(2));
        expect((await pending).map((e) => [e.streamId, e.position])).toEqual([
          ['case-2', 4],
          ['case-2', 5],
        ]);
      } finally {
        await subscription.close();
      }
    });

    it('hands over at most batchSize events at once', async () => {
      await store().append('case-1', someEvents(5));
      const subscription = store().subscribe({ batchSize: 2 });
      try {
        const first = await nextWithin(iteratorOf(subscription), 5000);
        expect(first.done ? [] : first.value.map((e) => e.position)).toEqual([1, 2]);
      } finally {
        await subscription.close();
      }
    });

    it('delivers only events matching the filter, history and live', async () => {
      await store().append('case-1', [anEvent('CaseOpened')]);
      await store().append('visit-1', [anEvent('VisitRecorded')]);
      const subscription = store().subscribe({ filter: { streamTypes: ['visit'] }, batchSize: 1 });
      const events = iteratorOf(subscription);
      try {
        expect((await takeEvents(events, 1)).map((e) => e.position)).toEqual([2]);
        const pending = takeEvents(events, 1);
        for (let i = 0; i < 5; i += 1) await store().append('case-1', [anEvent()]);
        await store().append('visit-2', [anEvent('VisitRecorded')]);
        expect((await pending).map((e) => [e.streamId, e.position])).toEqual([['visit-2', 8]]);
      } finally {
        await subscription.close();
      }
    });

    it('sees appends made through another connection', async () => {
      const other = await harness().openSecondConnection();
      const subscription = store().subscribe();
      const events = iteratorOf(subscription);
      try {
        const pending = takeEvents(events, 1);
        await other.append('case-1', [anEvent('CaseOpened')]);
        expect((await pending).map((e) => e.type)).toEqual(['CaseOpened']);
      } finally {
        await subscription.close();
      }
    });

    it('ends iteration when closed while waiting for appends', async () => {
      const subscription = store().subscribe();
      const pending = nextWithin(iteratorOf(subscription), 1000);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await subscription.close();
      await expect(pending).resolves.toEqual({ done: true, value: undefined });
    });

    it('ends a for-await loop after close() and stops on break', async () => {
      await store().append('case-1', someEvents(3));
      const subscription = store().subscribe({ batchSize: 1 });
      const seen: number[] = [];
      for await (const batch of subscription) {
        seen.push(...batch.map((e) => e.position));
        if (seen.length === 2) await subscription.close();
      }
      expect(seen).toEqual([1, 2]);

      const broken = store().subscribe({ batchSize: 1 });
      for await (const batch of broken) if (batch.length > 0) break;
      await expect(nextWithin(iteratorOf(broken), 1000)).resolves.toMatchObject({ done: true });
    });

    it('ends open subscriptions when the store is closed', async () => {
      const subscription = store().subscribe();
      const pending = nextWithin(iteratorOf(subscription), 1000);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await store().close();
      await expect(pending).resolves.toMatchObject({ done: true });
    });
  });
}
