/// <reference types="jest" />
import type { EventStore } from '../event-store.port';
import { anEvent, someEvents, type EventStoreContractHarness } from './event-store-contract.harness';

/**
 * Log used by the read tests (position: stream/type):
 * 1 case-1/CaseOpened 2 visit-1/VisitRecorded 3 case-1/CaseNoteAdded 4 case-2/CaseOpened
 * 5 case-1/CaseNoteAdded 6 visit-2/VisitRecorded 7 case-1/CaseNoteAdded 8 case-1/CaseNoteAdded
 */
async function seed(store: EventStore): Promise<void> {
  await store.append('case-1', [anEvent('CaseOpened')]);
  await store.append('visit-1', [anEvent('VisitRecorded')]);
  await store.append('case-1', someEvents(1));
  await store.append('case-2', [anEvent('CaseOpened')]);
  await store.append('case-1', someEvents(1));
  await store.append('visit-2', [anEvent('VisitRecorded')]);
  await store.append('case-1', someEvents(2));
}

export function readContract(harness: () => EventStoreContractHarness): void {
  const store = (): EventStore => harness().store;
  const revisions = async (...args: Parameters<EventStore['readStream']>) =>
    (await store().readStream(...args)).map((e) => e.revision);
  const positions = async (...args: Parameters<EventStore['readAll']>) =>
    (await store().readAll(...args)).map((e) => e.position);

  describe('readStream', () => {
    beforeEach(() => seed(store()));

    it('reads one stream forwards, only its own events', async () => {
      const events = await store().readStream('case-1');
      expect(events.map((e) => [e.revision, e.position])).toEqual([
        [0, 1],
        [1, 3],
        [2, 5],
        [3, 7],
        [4, 8],
      ]);
      expect(new Set(events.map((e) => e.streamId))).toEqual(new Set(['case-1']));
    });

    it('starts at `from` (inclusive) and stops at `limit`', async () => {
      expect(await revisions('case-1', { from: 2 })).toEqual([2, 3, 4]);
      expect(await revisions('case-1', { limit: 2 })).toEqual([0, 1]);
      expect(await revisions('case-1', { from: 3, limit: 1 })).toEqual([3]);
      expect(await revisions('case-1', { from: 9 })).toEqual([]);
    });

    it('reads backwards from the end or from `from`', async () => {
      expect(await revisions('case-1', { direction: 'backwards' })).toEqual([4, 3, 2, 1, 0]);
      expect(await revisions('case-1', { direction: 'backwards', from: 2 })).toEqual([2, 1, 0]);
      expect(await revisions('case-1', { direction: 'backwards', limit: 2 })).toEqual([4, 3]);
    });

    it('returns [] for an unknown stream', async () => {
      expect(await store().readStream('case-404')).toEqual([]);
      expect(await store().readStream('case-404', { direction: 'backwards' })).toEqual([]);
    });
  });

  describe('readAll', () => {
    beforeEach(() => seed(store()));

    it('reads the whole log in global order', async () => {
      expect(await positions()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it('starts after fromPosition (exclusive) and honours limit', async () => {
      expect(await positions({ fromPosition: 3 })).toEqual([4, 5, 6, 7, 8]);
      expect(await positions({ fromPosition: 3, limit: 2 })).toEqual([4, 5]);
      expect(await positions({ fromPosition: 8 })).toEqual([]);
      expect(await positions({ fromPosition: 100 })).toEqual([]);
    });

    it('filters by stream type and by event type, both at once, and limits matches', async () => {
      expect(await positions({ filter: { streamTypes: ['visit'] } })).toEqual([2, 6]);
      expect(await positions({ filter: { eventTypes: ['CaseOpened', 'VisitRecorded'] } })).toEqual([1, 2, 4, 6]);
      expect(await positions({ filter: { streamTypes: ['case'], eventTypes: ['CaseOpened'] } })).toEqual([1, 4]);
      expect(await positions({ fromPosition: 2, limit: 2, filter: { streamTypes: ['case'] } })).toEqual([3, 4]);
      expect(await positions({ filter: { streamTypes: ['policy'] } })).toEqual([]);
    });

    it('returns the same envelopes as readStream', async () => {
      const fromAll = (await store().readAll()).filter((e) => e.streamId === 'case-2');
      expect(fromAll).toEqual(await store().readStream('case-2'));
    });
  });

  describe('head', () => {
    it('is position 0 and the genesis hash on an empty log, then follows the last event', async () => {
      expect(await store().head()).toEqual({ position: 0, hash: '0'.repeat(64) });
      await seed(store());
      const last = (await store().readAll()).at(-1);
      expect(await store().head()).toEqual({ position: 8, hash: last?.hash });
    });
  });
}
