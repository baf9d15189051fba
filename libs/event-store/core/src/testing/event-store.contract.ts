/// <reference types="jest" />
import { appendContract } from './append.contract';
import { chainContract } from './chain.contract';
import { concurrencyContract } from './concurrency.contract';
import type { EventStoreContractFactory, EventStoreContractHarness } from './event-store-contract.harness';
import { personalDataKeyStoreContract } from './personal-data-key-store.contract';
import { personalDataContract } from './personal-data.contract';
import { readContract } from './read.contract';
import { subscriptionContract } from './subscription.contract';

/**
 * The behaviour every EventStore adapter must show. Call it from the adapter's
 * `*.int.spec.ts`; each test gets a fresh database from `factory`.
 *
 * @example
 *   describeEventStoreContract('SQLite', async () => makeSqliteHarness());
 */
export function describeEventStoreContract(name: string, factory: EventStoreContractFactory): void {
  describe(`${name} (EventStore contract)`, () => {
    let current: EventStoreContractHarness | undefined;
    const harness = (): EventStoreContractHarness => {
      if (!current) throw new Error('contract harness not created');
      return current;
    };
    beforeEach(async () => {
      current = await factory();
    });
    afterEach(async () => {
      await current?.dispose();
      current = undefined;
    });

    appendContract(harness);
    readContract(harness);
    subscriptionContract(harness);
    concurrencyContract(harness);
    chainContract(harness);
    personalDataKeyStoreContract(() => harness().keyStore);
    personalDataContract(harness);
  });
}
