export { describeEventStoreContract } from './event-store.contract';
export { describePersonalDataKeyStoreContract } from './personal-data-key-store.contract';
export {
  aMetadata,
  anEvent,
  someEvents,
  nextWithin,
  takeEvents,
  RECORDED_AT,
  type EventStoreContractFactory,
  type EventStoreContractHarness,
  type RawEventRow,
} from './event-store-contract.harness';
