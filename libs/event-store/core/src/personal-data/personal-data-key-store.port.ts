/**
 * Where each data subject's data key lives, WRAPPED (encrypted) by the master key: the store never
 * sees a usable key. Destroying a subject's wrapped key (`shred`) makes every ciphertext of that
 * person unreadable everywhere — in the log, in backups of the log, in exports of raw events — while
 * the events themselves, and the hash chain over them, stay untouched.
 *
 * @example
 *   const wrapped = await keys.getOrCreate('person-7', vaultMadeWrappedKey, '2024-03-01T08:00:00.000Z');
 *   await keys.shred('person-7', { actorId: 'u-admin', reason: '本人申请删除', at: now });
 *   await keys.get('person-7'); // → null
 */
export interface PersonalDataKeyStore {
  /**
   * Stores `candidate` unless the subject already has a key record, atomically (two appenders
   * racing for a new subject end up with the same key). Returns the wrapped key on record, or null
   * when the subject was shredded: a shredded subject never gets a new key.
   */
  getOrCreate(subjectId: string, candidate: string, createdAt: string): Promise<string | null>;
  /** The wrapped key, or null when the subject has none or was shredded. */
  get(subjectId: string): Promise<string | null>;
  /**
   * Destroys the subject's key for good and records who, when and why. Shredding an unknown subject
   * records a tombstone (so no key is ever created for it); shredding twice keeps the first record.
   */
  shred(subjectId: string, request: ShredRequest): Promise<void>;
  inspect(subjectId: string): Promise<PersonalDataKeyRecord | null>;
}

export interface ShredRequest {
  readonly actorId: string;
  readonly reason: string;
  /** ISO-8601 UTC instant, from the caller's clock. */
  readonly at: string;
}

export interface PersonalDataKeyRecord {
  readonly subjectId: string;
  readonly status: 'active' | 'shredded';
  readonly createdAt: string;
  readonly shreddedAt: string | null;
  readonly shreddedBy: string | null;
  readonly shredReason: string | null;
}
