/// <reference types="jest" />
import { ConcurrencyError } from '../event-store.errors';
import type { AppendResult, EventStore, ExpectedRevision } from '../event-store.port';
import { anEvent, someEvents, type EventStoreContractHarness } from './event-store-contract.harness';

const ATTEMPTS = 24;

export function concurrencyContract(harness: () => EventStoreContractHarness): void {
  async function race(streamId: string, expectedRevision: ExpectedRevision) {
    const connections: EventStore[] = [harness().store, await harness().openSecondConnection()];
    const results = await Promise.allSettled(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        (connections[i % 2] as EventStore).append(streamId, someEvents(2), { expectedRevision }),
      ),
    );
    const won = results.filter((r): r is PromiseFulfilledResult<AppendResult> => r.status === 'fulfilled');
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    return { won, lost };
  }

  describe('concurrent appenders', () => {
    it('let exactly one of many appends at the same exact revision win, across two connections', async () => {
      await harness().store.append('case-1', [anEvent('CaseOpened')]);

      const { won, lost } = await race('case-1', 0);

      expect(won).toHaveLength(1);
      expect(won[0]?.value.nextExpectedRevision).toBe(2);
      expect(lost).toHaveLength(ATTEMPTS - 1);
      for (const error of lost) {
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error).toMatchObject({ code: 'CONCURRENCY_CONFLICT', streamId: 'case-1', expected: 0 });
      }
      expect(await harness().store.readStream('case-1')).toHaveLength(3);
    });

    it('let exactly one of many no_stream appends create the stream', async () => {
      const { won, lost } = await race('case-new', 'no_stream');
      expect(won).toHaveLength(1);
      expect(lost.every((e) => e instanceof ConcurrencyError)).toBe(true);
      expect(await harness().store.readStream('case-new')).toHaveLength(2);
    });

    it('accept every append with any, keeping positions and revisions gapless and the chain intact', async () => {
      const other = await harness().openSecondConnection();
      const connections = [harness().store, other];
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (connections[i % 2] as EventStore).append(`case-${i % 4}`, someEvents(1 + (i % 3))),
        ),
      );
      const total = Array.from({ length: 40 }, (_, i) => 1 + (i % 3)).reduce((a, b) => a + b, 0);

      const log = await harness().store.readAll();
      expect(log.map((e) => e.position)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      expect(new Set(results.map((r) => r.position)).size).toBe(40);
      for (let s = 0; s < 4; s += 1) {
        const stream = await other.readStream(`case-${s}`);
        expect(stream.map((e) => e.revision)).toEqual(stream.map((_, i) => i));
      }
      await expect(harness().store.verifyChain()).resolves.toMatchObject({ ok: true, checked: total });
      expect(await other.head()).toEqual(await harness().store.head());
    });
  });
}
