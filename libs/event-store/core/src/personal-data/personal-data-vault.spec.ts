import { randomBytes } from 'node:crypto';
import { InMemoryPersonalDataKeyStore } from './in-memory-personal-data-key-store';
import { PersonalDataVault } from './personal-data-vault';
import { PersonalDataIntegrityError, PersonalDataShreddedError } from './personal-data.errors';

const AT = '2024-03-01T08:00:00.000Z';
const SHRED = { actorId: 'admin-1', reason: '本人申请删除', at: AT };

describe('PersonalDataVault', () => {
  let keys: InMemoryPersonalDataKeyStore;
  let vault: PersonalDataVault;
  const masterKey = randomBytes(32);
  beforeEach(() => {
    keys = new InMemoryPersonalDataKeyStore();
    vault = new PersonalDataVault(keys, masterKey);
  });

  it('round-trips any JSON value through a self-describing token', async () => {
    for (const value of ['张三', 43122319800101, { card: '6217****1234', tail: 1234 }, [1, 'a'], true]) {
      const token = await vault.encrypt('person-1', value, 'evt-1/field', AT);
      expect(token).toMatch(/^pii:v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+$/);
      expect(PersonalDataVault.isEncrypted(token)).toBe(true);
      await expect(vault.decrypt('person-1', token, 'evt-1/field')).resolves.toEqual(value);
    }
  });

  it('stores only a wrapped key, bound to its subject', async () => {
    await vault.encrypt('person-1', 'x', 'evt-1/f', AT);
    const wrapped = await keys.get('person-1');
    expect(wrapped).toMatch(/^wk:v1:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$/);
    // The same wrapped key filed under another subject does not open.
    await keys.getOrCreate('person-2', wrapped ?? '', AT);
    await expect(vault.existingCipherFor('person-2')).rejects.toBeInstanceOf(PersonalDataIntegrityError);
  });

  it('is deterministic per (subject, context, value) and different otherwise', async () => {
    const token = await vault.encrypt('person-1', '张三', 'evt-1/name', AT);
    expect(await vault.encrypt('person-1', '张三', 'evt-1/name', AT)).toBe(token);
    expect(await vault.encrypt('person-1', '张三', 'evt-2/name', AT)).not.toBe(token);
    expect(await vault.encrypt('person-1', '李四', 'evt-1/name', AT)).not.toBe(token);
    expect(await vault.encrypt('person-2', '张三', 'evt-1/name', AT)).not.toBe(token);
    const ivOf = (t: string) => t.split(':')[2];
    expect(ivOf(await vault.encrypt('person-1', '李四', 'evt-1/name', AT))).not.toBe(ivOf(token));
  });

  it('refuses a token moved to another context, edited, or read with another master key', async () => {
    const token = await vault.encrypt('person-1', '张三', 'evt-1/name', AT);
    await expect(vault.decrypt('person-1', token, 'evt-9/name')).rejects.toBeInstanceOf(PersonalDataIntegrityError);
    const edited = `${token.slice(0, -2)}${token.endsWith('A') ? 'B' : 'A'}${token.slice(-1)}`;
    await expect(vault.decrypt('person-1', edited, 'evt-1/name')).rejects.toBeInstanceOf(PersonalDataIntegrityError);
    await expect(vault.decrypt('person-1', 'pii:v1:garbage', 'evt-1/name')).rejects.toBeInstanceOf(
      PersonalDataIntegrityError,
    );
    const other = new PersonalDataVault(keys, randomBytes(32));
    await expect(other.decrypt('person-1', token, 'evt-1/name')).rejects.toBeInstanceOf(PersonalDataIntegrityError);
  });

  it('reads null after shredding and refuses to encrypt for the shredded subject', async () => {
    const token = await vault.encrypt('person-1', '张三', 'evt-1/name', AT);
    await vault.shred('person-1', SHRED);
    await expect(vault.decrypt('person-1', token, 'evt-1/name')).resolves.toBeNull();
    await expect(vault.encrypt('person-1', '张三', 'evt-2/name', AT)).rejects.toBeInstanceOf(PersonalDataShreddedError);
    await expect(vault.cipherFor('person-1', AT)).resolves.toBeNull();
  });

  it('computes a keyed blind index: stable, per kind, per master key, not the value', () => {
    const index = vault.blindIndex('id-number', '43122319800101123X');
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(new PersonalDataVault(keys, Buffer.from(masterKey)).blindIndex('id-number', '43122319800101123X')).toBe(index);
    expect(new PersonalDataVault(keys, randomBytes(32)).blindIndex('id-number', '43122319800101123X')).not.toBe(index);
    expect(vault.blindIndex('phone', '43122319800101123X')).not.toBe(index);
    // The kind is delimited, so ('a', 'bc') and ('ab', 'c') do not collide.
    expect(vault.blindIndex('a', 'bc')).not.toBe(vault.blindIndex('ab', 'c'));
  });

  it('requires a 32-byte master key', () => {
    expect(() => new PersonalDataVault(keys, randomBytes(16))).toThrow(RangeError);
  });
});
