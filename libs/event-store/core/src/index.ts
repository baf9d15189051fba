export * from './event-store.port';
export * from './event-store.errors';
export { canonicalJson } from './canonical-json';
export {
  GENESIS_HASH,
  computeEventHash,
  computeEventHashFromJson,
  type HashedEnvelope,
  type HashedEnvelopeJson,
} from './chain/event-hash';
export { ChainVerifier, verifyEventChain, type ChainStart, type StoredChainRow } from './chain/chain-verifier';
export { prepareEvents, type PreparedEvent } from './append/prepare-events';
export { assertExpectedRevision, resolveIdempotentResend, type StoredForIdempotency } from './append/append-guards';
export { catchUpSubscription, DEFAULT_SUBSCRIPTION_BATCH_SIZE, type CatchUpSource } from './catch-up-subscription';
export type { PersonalDataKeyStore, PersonalDataKeyRecord, ShredRequest } from './personal-data/personal-data-key-store.port';
export { InMemoryPersonalDataKeyStore } from './personal-data/in-memory-personal-data-key-store';
export { PersonalDataVault, type SubjectCipher } from './personal-data/personal-data-vault';
export {
  PersonalDataIntegrityError,
  PersonalDataShreddedError,
  PersonalDataSubjectMissingError,
} from './personal-data/personal-data.errors';
export { protectPersonalData, type PersonalDataPolicy } from './personal-data/protect-personal-data';
export * from './bundle';
