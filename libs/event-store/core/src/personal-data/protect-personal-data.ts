import type {
  AppendOptions,
  AppendResult,
  EventData,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { getAtPath, setAtPath } from './dot-path';
import { PersonalDataVault, type SubjectCipher } from './personal-data-vault';
import { PersonalDataShreddedError, PersonalDataSubjectMissingError } from './personal-data.errors';

/**
 * Which fields of which event types are personal data, and whose. Paths are dot paths into
 * `data`; `subject` points at the id of the person the fields belong to (their key).
 *
 * @example
 *   const policy: PersonalDataPolicy = {
 *     MemberRegistered: { subject: 'memberId', fields: ['name', 'idNumber', 'phone'] },
 *   };
 */
export type PersonalDataPolicy = Readonly<
  Record<string, { readonly subject: string; readonly fields: readonly string[] }>
>;

/**
 * Wraps any EventStore so the policy's fields are stored encrypted and read back decrypted; after
 * `vault.shred(subject)` they read as null (never an error: projections keep working).
 *
 * - The hash chain covers the ciphertext, so shredding never breaks `verifyChain`; the `hash` of
 *   an event read through this decorator is therefore the hash of its stored (encrypted) form.
 * - Idempotent re-sends keep working because field encryption is deterministic per
 *   (event id, field, value) — see PersonalDataVault. The inner store keeps its strict check
 *   (same data, byte for byte), rather than weakening it to ids only for every adapter.
 * - null/undefined values stay as they are: there is nothing to protect, and no key is created.
 */
export function protectPersonalData(
  store: EventStore,
  vault: PersonalDataVault,
  policy: PersonalDataPolicy,
): EventStore {
  const encryptEvent = async (event: NewEvent): Promise<NewEvent> => {
    const rule = policy[event.type];
    if (!rule) return event;
    const present = rule.fields.filter((path) => !isAbsent(getAtPath(event.data, path)));
    if (present.length === 0) return event;
    const subjectId = getAtPath(event.data, rule.subject);
    if (typeof subjectId !== 'string' || subjectId.length === 0) {
      throw new PersonalDataSubjectMissingError(event.id, rule.subject);
    }
    const cipher = await vault.cipherFor(subjectId, event.recordedAt);
    if (!cipher) throw new PersonalDataShreddedError(subjectId);
    let data: EventData = event.data;
    for (const path of present) {
      data = setAtPath(data, path, cipher.encrypt(getAtPath(event.data, path), `${event.id}/${path}`));
    }
    return { ...event, data };
  };

  /**
   * One key lookup per subject per batch: replaying thousands of events must not cost thousands.
   * The lookups come first, then every event is decrypted synchronously (a replay reads pages of
   * a thousand events, so one promise per event was a visible share of it).
   */
  const decryptBatch = async (events: readonly RecordedEvent[]): Promise<readonly RecordedEvent[]> => {
    const protectedFields = events.map(encryptedFieldsOf);
    const ciphers = new Map<string, SubjectCipher | null>();
    for (const fields of protectedFields) {
      if (fields && fields.subjectId !== null && !ciphers.has(fields.subjectId)) {
        ciphers.set(fields.subjectId, await vault.existingCipherFor(fields.subjectId));
      }
    }
    return events.map((event, index) => {
      const fields = protectedFields[index];
      if (!fields) return event;
      const cipher = fields.subjectId === null ? null : (ciphers.get(fields.subjectId) ?? null);
      let data: EventData = event.data;
      for (const path of fields.paths) {
        const token = getAtPath(event.data, path) as string;
        data = setAtPath(data, path, cipher ? cipher.decrypt(token, `${event.id}/${path}`) : null);
      }
      return { ...event, data };
    });
  };

  /** The event's encrypted fields and whose they are (null: no usable subject id); undefined: none. */
  const encryptedFieldsOf = (event: RecordedEvent): { paths: readonly string[]; subjectId: string | null } | undefined => {
    const rule = policy[event.type];
    if (!rule) return undefined;
    const paths = rule.fields.filter((path) => PersonalDataVault.isEncrypted(getAtPath(event.data, path)));
    if (paths.length === 0) return undefined;
    const subjectId = getAtPath(event.data, rule.subject);
    return { paths, subjectId: typeof subjectId === 'string' ? subjectId : null };
  };

  const decryptSubscription = (inner: Subscription): Subscription => {
    async function* batches(): AsyncGenerator<readonly RecordedEvent[], void, undefined> {
      for await (const batch of inner) yield await decryptBatch(batch);
    }
    const iterator = batches();
    return { [Symbol.asyncIterator]: () => iterator, close: () => inner.close() };
  };

  return {
    async append(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
      const encrypted = [];
      for (const event of events) encrypted.push(await encryptEvent(event));
      return store.append(streamId, encrypted, options);
    },
    async readStream(streamId: string, options?: ReadStreamOptions) {
      return decryptBatch(await store.readStream(streamId, options));
    },
    async readAll(options?: ReadAllOptions) {
      return decryptBatch(await store.readAll(options));
    },
    subscribe: (options?: SubscribeOptions) => decryptSubscription(store.subscribe(options)),
    head: () => store.head(),
    verifyChain: (range) => store.verifyChain(range),
    close: () => store.close(),
  };
}

const isAbsent = (value: unknown): boolean => value === null || value === undefined;
