/// <reference types="jest" />
import { randomBytes } from 'node:crypto';
import { IdempotencyConflictError } from '../event-store.errors';
import type { EventStore, NewEvent } from '../event-store.port';
import { PersonalDataVault } from '../personal-data/personal-data-vault';
import { PersonalDataIntegrityError, PersonalDataShreddedError } from '../personal-data/personal-data.errors';
import { protectPersonalData, type PersonalDataPolicy } from '../personal-data/protect-personal-data';
import { aMetadata, iteratorOf, RECORDED_AT, takeEvents, type EventStoreContractHarness } from './event-store-contract.harness';

const policy: PersonalDataPolicy = {
  MemberRegistered: { subject: 'member.personId', fields: ['member.name', 'member.idNumber', 'phone'] },
};

interface Member {
  readonly personId: string;
  readonly name: string | null;
  readonly idNumber: string | null;
  readonly relation: string;
}

const ZHANG = { personId: 'person-1', name: '张三', idNumber: '43122319800101123X', relation: 'father' };
const LI = { personId: 'person-2', name: '李四', idNumber: '431223198202021234', relation: 'mother' };

const registered = (member: Member, phone: string | null): NewEvent => ({
  id: `evt-${member.personId}`,
  type: 'MemberRegistered',
  data: { caseId: 'case-1', member, phone },
  metadata: aMetadata(),
  recordedAt: RECORDED_AT,
});

export function personalDataContract(harness: () => EventStoreContractHarness): void {
  const masterKey = randomBytes(32);
  let vault: PersonalDataVault;
  let store: EventStore;
  const shredZhang = () => vault.shred('person-1', { actorId: 'admin-1', reason: '本人申请删除', at: RECORDED_AT });

  describe('personal data (crypto-shredding)', () => {
    beforeEach(() => {
      vault = new PersonalDataVault(harness().keyStore, masterKey);
      store = protectPersonalData(harness().store, vault, policy);
    });

    it('stores the policy fields encrypted: no plaintext at rest', async () => {
      await store.append('case-1', [registered(ZHANG, '13800000000'), { ...registered(LI, null), id: 'evt-li' }]);
      const rows = await harness().rawEventRows();
      const everything = rows.map((r) => r.data + r.metadata).join('\n');
      for (const secret of ['张三', '43122319800101123X', '13800000000', '李四', '431223198202021234']) {
        expect(everything).not.toContain(secret);
      }
      expect(everything).toContain('pii:v1:');
      const stored = JSON.parse(rows[0]?.data ?? '{}') as { caseId: string; member: Member };
      expect(stored.caseId).toBe('case-1');
      expect(stored.member.personId).toBe('person-1');
      expect(stored.member.relation).toBe('father');
    });

    it('decrypts on readStream, readAll and subscribe', async () => {
      const event = registered(ZHANG, '13800000000');
      await store.append('case-1', [event]);
      expect((await store.readStream('case-1'))[0]?.data).toEqual(event.data);
      expect((await store.readAll())[0]?.data).toEqual(event.data);
      const subscription = store.subscribe();
      try {
        expect((await takeEvents(iteratorOf(subscription), 1))[0]?.data).toEqual(event.data);
      } finally {
        await subscription.close();
      }
    });

    it('leaves null fields null and creates no key when there is nothing to protect', async () => {
      const noPii = registered({ ...ZHANG, name: null, idNumber: null }, null);
      await store.append('case-1', [noPii]);
      expect((await store.readStream('case-1'))[0]?.data).toEqual(noPii.data);
      await expect(harness().keyStore.inspect('person-1')).resolves.toBeNull();
    });

    it('keeps a re-sent event idempotent and still rejects a changed one', async () => {
      const event = registered(ZHANG, '13800000000');
      const original = await store.append('case-1', [event], { expectedRevision: 'no_stream' });
      await expect(store.append('case-1', [event], { expectedRevision: 'no_stream' })).resolves.toEqual(original);
      await expect(store.append('case-1', [registered({ ...ZHANG, name: '张叁' }, null)])).rejects.toBeInstanceOf(
        IdempotencyConflictError,
      );
      expect(await store.readStream('case-1')).toHaveLength(1);
    });

    it('reads a shredded subject as null, keeps everyone else, and the chain still verifies', async () => {
      await store.append('case-1', [registered(ZHANG, '13800000000'), registered(LI, '13900000000')]);
      const before = await store.verifyChain();
      const rawBefore = await harness().rawEventRows();

      await shredZhang();

      const [zhang, li] = await store.readStream('case-1');
      expect(zhang?.data).toEqual({
        caseId: 'case-1',
        member: { personId: 'person-1', name: null, idNumber: null, relation: 'father' },
        phone: null,
      });
      expect(li?.data).toEqual(registered(LI, '13900000000').data);
      expect(await harness().rawEventRows()).toEqual(rawBefore);
      expect(before.ok).toBe(true);
      await expect(store.verifyChain()).resolves.toEqual(before);
      await expect(harness().keyStore.inspect('person-1')).resolves.toMatchObject({
        status: 'shredded',
        shreddedBy: 'admin-1',
      });
    });

    it('refuses new personal data for a shredded subject', async () => {
      await store.append('case-1', [registered(ZHANG, null)]);
      await shredZhang();
      await expect(
        store.append('case-1', [{ ...registered(ZHANG, '13700000000'), id: 'evt-new' }]),
      ).rejects.toBeInstanceOf(PersonalDataShreddedError);
    });

    it('cannot be read with another master key', async () => {
      await store.append('case-1', [registered(ZHANG, null)]);
      const intruder = protectPersonalData(
        harness().store,
        new PersonalDataVault(harness().keyStore, randomBytes(32)),
        policy,
      );
      await expect(intruder.readStream('case-1')).rejects.toBeInstanceOf(PersonalDataIntegrityError);
    });

    it('computes a stable blind index that depends on the master key and the kind', () => {
      const again = new PersonalDataVault(harness().keyStore, Buffer.from(masterKey));
      const other = new PersonalDataVault(harness().keyStore, randomBytes(32));
      const index = vault.blindIndex('id-number', ZHANG.idNumber);
      expect(index).toMatch(/^[0-9a-f]{64}$/);
      expect(again.blindIndex('id-number', ZHANG.idNumber)).toBe(index);
      expect(other.blindIndex('id-number', ZHANG.idNumber)).not.toBe(index);
      expect(vault.blindIndex('phone', ZHANG.idNumber)).not.toBe(index);
      expect(vault.blindIndex('id-number', LI.idNumber)).not.toBe(index);
    });
  });
}
