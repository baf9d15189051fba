import { PersonalDataVault, type EventData, type EventStore, type RecordedEvent } from '@careledger/event-store';

/** Every personal-data ciphertext (`pii:v1:…`) in the payload replaced by null, at any depth. */
function erase(value: unknown): unknown {
  if (PersonalDataVault.isEncrypted(value)) return null;
  if (Array.isArray(value)) return value.map(erase);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, erase(v)]));
  }
  return value;
}

const eraseEvent = (event: RecordedEvent): RecordedEvent => ({ ...event, data: erase(event.data) as EventData });

/**
 * The store as projections see it WITHOUT the keys: personal data reads as null, exactly what
 * the decrypting store returns for an erased (crypto-shredded) person — which every projection
 * already handles. Needs no policy, so it serves every domain's streams. Hashes are left as
 * stored (they cover the ciphertext).
 */
export function keylessView(store: EventStore): EventStore {
  return {
    ...store,
    readAll: async (options) => (await store.readAll(options)).map(eraseEvent),
    readStream: async (streamId, options) => (await store.readStream(streamId, options)).map(eraseEvent),
    subscribe(options) {
      const inner = store.subscribe(options);
      async function* batches(): AsyncGenerator<readonly RecordedEvent[], void, undefined> {
        for await (const batch of inner) yield batch.map(eraseEvent);
      }
      const iterator = batches();
      return { [Symbol.asyncIterator]: () => iterator, close: () => inner.close() };
    },
  };
}
