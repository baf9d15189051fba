/// <reference types="jest" />
import type { PersonalDataKeyStore } from '../personal-data/personal-data-key-store.port';

const AT = '2024-03-01T08:00:00.000Z';
const LATER = '2024-04-01T08:00:00.000Z';
const SHRED = { actorId: 'admin-1', reason: '本人申请删除 (PIPL art. 47)', at: LATER };

/** Semantics every PersonalDataKeyStore shares; runs inside the event-store contract too. */
export function personalDataKeyStoreContract(keyStore: () => PersonalDataKeyStore): void {
  describe('personal data key store', () => {
    it('keeps the first key created for a subject', async () => {
      await expect(keyStore().getOrCreate('person-1', 'wk:first', AT)).resolves.toBe('wk:first');
      await expect(keyStore().getOrCreate('person-1', 'wk:second', LATER)).resolves.toBe('wk:first');
      await expect(keyStore().get('person-1')).resolves.toBe('wk:first');
      await expect(keyStore().inspect('person-1')).resolves.toEqual({
        subjectId: 'person-1',
        status: 'active',
        createdAt: AT,
        shreddedAt: null,
        shreddedBy: null,
        shredReason: null,
      });
    });

    it('knows nothing of an unknown subject', async () => {
      await expect(keyStore().get('person-x')).resolves.toBeNull();
      await expect(keyStore().inspect('person-x')).resolves.toBeNull();
    });

    it('shreds for good, recording who, when and why; a second shred changes nothing', async () => {
      await keyStore().getOrCreate('person-1', 'wk:first', AT);
      await keyStore().getOrCreate('person-2', 'wk:other', AT);
      await keyStore().shred('person-1', SHRED);
      await keyStore().shred('person-1', { actorId: 'admin-2', reason: 'again', at: '2024-05-01T00:00:00.000Z' });

      await expect(keyStore().get('person-1')).resolves.toBeNull();
      await expect(keyStore().getOrCreate('person-1', 'wk:new', LATER)).resolves.toBeNull();
      await expect(keyStore().inspect('person-1')).resolves.toEqual({
        subjectId: 'person-1',
        status: 'shredded',
        createdAt: AT,
        shreddedAt: LATER,
        shreddedBy: 'admin-1',
        shredReason: SHRED.reason,
      });
      await expect(keyStore().get('person-2')).resolves.toBe('wk:other');
    });

    it('never creates a key for a subject shredded before it had one', async () => {
      await keyStore().shred('person-3', SHRED);
      await expect(keyStore().getOrCreate('person-3', 'wk:new', LATER)).resolves.toBeNull();
      await expect(keyStore().inspect('person-3')).resolves.toMatchObject({ status: 'shredded', shreddedBy: 'admin-1' });
    });
  });
}

/**
 * Runs the key-store contract alone, for key stores used without an event store.
 * `factory` returns a fresh, empty store and a way to dispose of it.
 */
export function describePersonalDataKeyStoreContract(
  name: string,
  factory: () => Promise<{ keyStore: PersonalDataKeyStore; dispose(): Promise<void> }>,
): void {
  describe(`${name} (PersonalDataKeyStore contract)`, () => {
    let current: { keyStore: PersonalDataKeyStore; dispose(): Promise<void> } | undefined;
    beforeEach(async () => {
      current = await factory();
    });
    afterEach(async () => {
      await current?.dispose();
      current = undefined;
    });
    personalDataKeyStoreContract(() => {
      if (!current) throw new Error('key store not created');
      return current.keyStore;
    });
  });
}
