import { describePersonalDataKeyStoreContract } from '../testing/personal-data-key-store.contract';
import { InMemoryPersonalDataKeyStore } from './in-memory-personal-data-key-store';

describePersonalDataKeyStoreContract('in-memory key store', async () => ({
  keyStore: new InMemoryPersonalDataKeyStore(),
  dispose: async () => undefined,
}));
