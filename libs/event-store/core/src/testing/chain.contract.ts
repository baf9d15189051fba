/// <reference types="jest" />
import { computeEventHash, GENESIS_HASH } from '../chain/event-hash';
import type { EventStore } from '../event-store.port';
import { anEvent, someEvents, type EventStoreContractHarness } from './event-store-contract.harness';

/** Six events over three streams, so tampering hits rows in the middle of the log. */
async function seed(store: EventStore): Promise<void> {
  await store.append('case-1', someEvents(2));
  await store.append('visit-1', [anEvent('VisitRecorded', { note: 'home visit to the family', persons: 3 })]);
  await store.append('case-1', someEvents(1));
  await store.append('case-2', someEvents(2));
}

export function chainContract(harness: () => EventStoreContractHarness): void {
  const store = (): EventStore => harness().store;

  describe('hash chain', () => {
    it('verifies an empty log', async () => {
      await expect(store().verifyChain()).resolves.toEqual({
        ok: true,
        checked: 0,
        headPosition: 0,
        headHash: GENESIS_HASH,
      });
    });

    it('links every event to the previous one with a hash anyone can recompute', async () => {
      await seed(store());
      const log = await store().readAll();
      let prevHash = GENESIS_HASH;
      for (const event of log) {
        expect(event.prevHash).toBe(prevHash);
        expect(event.hash).toBe(computeEventHash(prevHash, event));
        prevHash = event.hash;
      }
      const head = await store().head();
      await expect(store().verifyChain()).resolves.toEqual({
        ok: true,
        checked: 6,
        headPosition: head.position,
        headHash: head.hash,
      });
    });

    it('verifies a range', async () => {
      await seed(store());
      const log = await store().readAll();
      await expect(store().verifyChain({ from: 3, to: 5 })).resolves.toEqual({
        ok: true,
        checked: 3,
        headPosition: 5,
        headHash: log[4]?.hash,
      });
    });

    it('detects a byte changed in stored data at that position', async () => {
      await seed(store());
      await harness().tamper.flipDataByte(3);
      await expect(store().verifyChain()).resolves.toEqual({
        ok: false,
        checked: 2,
        brokenAt: 3,
        problem: 'hash_mismatch',
      });
      await expect(store().verifyChain({ to: 2 })).resolves.toMatchObject({ ok: true, checked: 2 });
    });

    it('detects a deleted row at the missing position', async () => {
      await seed(store());
      await harness().tamper.deleteRow(4);
      await expect(store().verifyChain()).resolves.toEqual({
        ok: false,
        checked: 3,
        brokenAt: 4,
        problem: 'position_gap',
      });
    });

    it('detects two rows swapped at the first of them', async () => {
      await seed(store());
      await harness().tamper.swapRows(2, 5);
      await expect(store().verifyChain()).resolves.toMatchObject({ ok: false, checked: 1, brokenAt: 2 });
    });
  });
}
