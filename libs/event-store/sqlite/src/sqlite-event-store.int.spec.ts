import { describeEventStoreContract } from '@careledger/event-store/testing';
import { sqliteContractHarness } from './testing/sqlite-contract.harness';

// The contract runs with synchronous=NORMAL to keep the suite fast: durability is a separate,
// SQLite-specific check (sqlite-connection.int.spec.ts), the contract is about behaviour.
describeEventStoreContract('SQLite event store', async () => sqliteContractHarness());
