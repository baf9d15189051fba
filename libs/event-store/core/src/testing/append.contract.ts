/// <reference types="jest" />
import { GENESIS_HASH } from '../chain/event-hash';
import { ConcurrencyError, IdempotencyConflictError } from '../event-store.errors';
import type { EventStore, ExpectedRevision, NewEvent } from '../event-store.port';
import { aMetadata, anEvent, someEvents, type EventStoreContractHarness } from './event-store-contract.harness';

export function appendContract(harness: () => EventStoreContractHarness): void {
  const store = (): EventStore => harness().store;

  describe('append', () => {
    it('creates streams with no_stream and returns the last revision and global position', async () => {
      const caseEvents = someEvents(2);
      await expect(store().append('case-1', caseEvents, { expectedRevision: 'no_stream' })).resolves.toEqual({
        nextExpectedRevision: 1,
        position: 2,
      });
      await expect(store().append('visit-1', [anEvent('VisitRecorded')], { expectedRevision: 'no_stream' })).resolves.toEqual({
        nextExpectedRevision: 0,
        position: 3,
      });

      const stored = await store().readStream('case-1');
      expect(stored.map((e) => [e.id, e.streamId, e.revision, e.position])).toEqual([
        [caseEvents[0]?.id, 'case-1', 0, 1],
        [caseEvents[1]?.id, 'case-1', 1, 2],
      ]);
      const first = caseEvents[0] as NewEvent;
      expect(stored[0]).toMatchObject({
        type: first.type,
        schemaVersion: 1,
        data: first.data,
        metadata: first.metadata,
        recordedAt: first.recordedAt,
        prevHash: GENESIS_HASH,
      });
      expect(stored[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored[1]?.prevHash).toBe(stored[0]?.hash);
    });

    it('keeps schemaVersion and optional metadata as given', async () => {
      const event = { ...anEvent(), schemaVersion: 3, metadata: aMetadata({ reason: '更正', businessDate: null }) };
      await store().append('case-1', [event]);
      const [stored] = await store().readStream('case-1');
      expect(stored).toMatchObject({ schemaVersion: 3, metadata: event.metadata });
    });

    it.each<[string, ExpectedRevision, number]>([
      ['an exact revision', 1, 3],
      ['stream_exists', 'stream_exists', 3],
      ['any', 'any', 3],
    ])('appends to an existing stream with %s', async (_, expectedRevision, position) => {
      await store().append('case-1', someEvents(2), { expectedRevision: 'no_stream' });
      await expect(store().append('case-1', [anEvent()], { expectedRevision })).resolves.toEqual({
        nextExpectedRevision: 2,
        position,
      });
    });

    it('appends to a new stream with any (the default) and with no_stream', async () => {
      await expect(store().append('case-1', [anEvent()])).resolves.toEqual({ nextExpectedRevision: 0, position: 1 });
      await expect(store().append('case-2', [anEvent()], { expectedRevision: 'any' })).resolves.toEqual({
        nextExpectedRevision: 0,
        position: 2,
      });
    });

    it('checks the expected revision of an empty append and writes nothing', async () => {
      await store().append('case-1', someEvents(2));
      await expect(store().append('case-1', [], { expectedRevision: 1 })).resolves.toEqual({
        nextExpectedRevision: 1,
        position: 2,
      });
      await expect(store().append('case-2', [], { expectedRevision: 'no_stream' })).resolves.toEqual({
        nextExpectedRevision: -1,
        position: 2,
      });
      await expect(store().append('case-1', [], { expectedRevision: 0 })).rejects.toBeInstanceOf(ConcurrencyError);
      expect((await store().head()).position).toBe(2);
    });

    it.each<[string, number, ExpectedRevision, number | 'no_stream']>([
      ['no_stream on an existing stream', 2, 'no_stream', 1],
      ['stream_exists on a missing stream', 0, 'stream_exists', 'no_stream'],
      ['an exact revision on a missing stream', 0, 0, 'no_stream'],
      ['a stale exact revision', 2, 0, 1],
      ['a future exact revision', 2, 5, 1],
    ])('rejects %s with ConcurrencyError and writes nothing', async (_, existing, expectedRevision, actual) => {
      await store().append('visit-9', [anEvent('VisitRecorded')]);
      if (existing > 0) await store().append('case-1', someEvents(existing));
      const headBefore = await store().head();
      const batch = someEvents(2);

      const error = await store()
        .append('case-1', batch, { expectedRevision })
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ code: 'CONCURRENCY_CONFLICT', streamId: 'case-1', expected: expectedRevision, actual });
      expect(await store().readStream('case-1')).toHaveLength(existing);
      expect(await store().head()).toEqual(headBefore);
      const ids = (await store().readAll()).map((e) => e.id);
      expect(ids).not.toContain(batch[0]?.id);
    });
  });

  describe('idempotent append', () => {
    it('returns the original result for a re-sent batch and writes nothing', async () => {
      const batch = someEvents(2);
      const original = await store().append('case-1', batch, { expectedRevision: 'no_stream' });
      await store().append('case-1', [anEvent()], { expectedRevision: 1 });
      const headBefore = await store().head();

      // The retry arrives after the stream moved on, still claiming no_stream: it must succeed.
      await expect(store().append('case-1', batch, { expectedRevision: 'no_stream' })).resolves.toEqual(original);
      await expect(store().append('case-1', batch)).resolves.toEqual(original);
      expect(await store().head()).toEqual(headBefore);
      expect(await store().readStream('case-1')).toHaveLength(3);
    });

    it('treats a re-sent event with equal data in another key order as the same event', async () => {
      const event = anEvent('CaseOpened', { a: 1, b: { c: 2, d: 3 } });
      const original = await store().append('case-1', [event]);
      const reordered = { ...event, data: { b: { d: 3, c: 2 }, a: 1 } };
      await expect(store().append('case-1', [reordered])).resolves.toEqual(original);
    });

    it.each<[string, (e: NewEvent) => [string, NewEvent]]>([
      ['different data', (e) => ['case-1', { ...e, data: { note: 'changed' } }]],
      ['a different type', (e) => ['case-1', { ...e, type: 'CaseExited' }]],
      ['a different stream', (e) => ['case-2', e]],
    ])('rejects an id re-sent with %s (IdempotencyConflictError, nothing written)', async (_, change) => {
      const event = anEvent();
      await store().append('case-1', [event]);
      const headBefore = await store().head();
      const [streamId, resent] = change(event);

      const error = await store()
        .append(streamId, [resent])
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(IdempotencyConflictError);
      expect(error).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', eventId: event.id });
      expect(await store().head()).toEqual(headBefore);
      expect((await store().readStream('case-1'))[0]?.data).toEqual(event.data);
    });

    it('rejects a batch of which only some events are stored, writing none of the new ones', async () => {
      const [stored, fresh] = someEvents(2) as [NewEvent, NewEvent];
      await store().append('case-1', [stored]);

      await expect(store().append('case-1', [stored, fresh])).rejects.toBeInstanceOf(IdempotencyConflictError);
      await expect(store().append('case-1', [fresh, stored])).rejects.toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' });
      expect((await store().readAll()).map((e) => e.id)).toEqual([stored.id]);
    });
  });
}
