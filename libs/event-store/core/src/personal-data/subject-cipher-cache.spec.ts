import { randomBytes } from 'node:crypto';
import { InMemoryPersonalDataKeyStore } from './in-memory-personal-data-key-store';
import { PersonalDataVault, type SubjectCipher } from './personal-data-vault';
import { SubjectCipherCache } from './subject-cipher-cache';

const AT = '2024-03-01T08:00:00.000Z';
const SHRED = { actorId: 'admin-1', reason: '本人申请删除', at: AT };
const cipher = (subjectId: string) => ({ subjectId }) as SubjectCipher;

describe('SubjectCipherCache', () => {
  it('serves a cipher only for the wrapped key it was opened from', () => {
    const cache = new SubjectCipherCache(10);
    const opened = cache.set('p-1', 'wk:v1:a', cipher('p-1'));
    expect(cache.get('p-1', 'wk:v1:a')).toBe(opened);
    expect(cache.get('p-1', 'wk:v1:b')).toBeUndefined();
    // The stale entry is gone, not just skipped.
    expect(cache.get('p-1', 'wk:v1:a')).toBeUndefined();
  });

  it('evicts the least recently used subject beyond its capacity', () => {
    const cache = new SubjectCipherCache(2);
    cache.set('p-1', 'w1', cipher('p-1'));
    cache.set('p-2', 'w2', cipher('p-2'));
    cache.get('p-1', 'w1');
    cache.set('p-3', 'w3', cipher('p-3'));
    expect(cache.size).toBe(2);
    expect(cache.get('p-2', 'w2')).toBeUndefined();
    expect(cache.get('p-1', 'w1')).toBeDefined();
    expect(cache.get('p-3', 'w3')).toBeDefined();
  });

  it('keeps nothing with capacity 0', () => {
    const cache = new SubjectCipherCache(0);
    cache.set('p-1', 'w1', cipher('p-1'));
    expect(cache.get('p-1', 'w1')).toBeUndefined();
  });
});

describe('PersonalDataVault cipher cache', () => {
  const masterKey = randomBytes(32);
  let keys: InMemoryPersonalDataKeyStore;
  let vault: PersonalDataVault;
  beforeEach(() => {
    keys = new InMemoryPersonalDataKeyStore();
    vault = new PersonalDataVault(keys, masterKey);
  });

  it('reuses the opened key of a subject read again', async () => {
    const first = await vault.cipherFor('person-1', AT);
    expect(first).not.toBeNull();
    await expect(vault.existingCipherFor('person-1')).resolves.toBe(first);
    const uncached = new PersonalDataVault(keys, masterKey, { cachedSubjects: 0 });
    const again = await uncached.existingCipherFor('person-1');
    expect(again).not.toBe(await uncached.existingCipherFor('person-1'));
  });

  it('reads null at once after a shred through this vault', async () => {
    const token = await vault.encrypt('person-1', '43122319800101123X', 'evt-1/idNumber', AT);
    await expect(vault.decrypt('person-1', token, 'evt-1/idNumber')).resolves.toBe('43122319800101123X');
    await vault.shred('person-1', SHRED);
    await expect(vault.decrypt('person-1', token, 'evt-1/idNumber')).resolves.toBeNull();
    await expect(vault.existingCipherFor('person-1')).resolves.toBeNull();
  });

  it('reads null at once after a shred by another process (another vault on the same keys)', async () => {
    const token = await vault.encrypt('person-1', '13800000000', 'evt-1/phone', AT);
    await expect(vault.decrypt('person-1', token, 'evt-1/phone')).resolves.toBe('13800000000');
    await new PersonalDataVault(keys, masterKey).shred('person-1', SHRED);
    await expect(vault.decrypt('person-1', token, 'evt-1/phone')).resolves.toBeNull();
  });

  it('still refuses a wrapped key filed under another subject', async () => {
    await vault.cipherFor('person-1', AT);
    await keys.getOrCreate('person-2', (await keys.get('person-1')) ?? '', AT);
    await expect(vault.existingCipherFor('person-2')).rejects.toThrow(/data key of subject person-2/);
  });
});
