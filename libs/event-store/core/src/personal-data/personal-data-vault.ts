import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { canonicalJson } from '../canonical-json';
import { hkdfSha256 } from './hkdf';
import type { PersonalDataKeyStore, ShredRequest } from './personal-data-key-store.port';
import { PersonalDataIntegrityError, PersonalDataShreddedError } from './personal-data.errors';
import { SubjectCipherCache } from './subject-cipher-cache';

const FIELD_PREFIX = 'pii:v1:';
const WRAPPED_PREFIX = 'wk:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Enough for every person of a county's case files; at most a few MB. */
const DEFAULT_CACHED_SUBJECTS = 10_000;

export interface PersonalDataVaultOptions {
  /** How many subjects' opened keys to keep in memory (0 = none); see the class comment. */
  readonly cachedSubjects?: number;
}

/** Encrypts and decrypts one subject's fields; obtained from the vault, holds the unwrapped key. */
export interface SubjectCipher {
  readonly subjectId: string;
  /**
   * `pii:v1:<base64url iv>:<base64url ciphertext+tag>`. `context` (e.g. `<eventId>/<field path>`)
   * is authenticated, so a ciphertext copied to another event or field fails to decrypt.
   */
  encrypt(value: unknown, context: string): string;
  decrypt(token: string, context: string): unknown;
}

/**
 * Crypto-shredding for personal data (PIPL): AES-256-GCM per field with a random 256-bit key per
 * data subject; that key is stored wrapped (AES-256-GCM) by the master key. `blindIndex` gives a
 * keyed, non-reversible lookup value for duplicate checks (e.g. an ID number) without storing it.
 *
 * Field IVs are synthetic (SIV-style): HMAC of (context, plaintext) under a key derived from the
 * subject's data key. So the same value written again for the same event id and field gives the
 * same ciphertext — which lets a retried append stay idempotent, byte for byte — while two
 * different plaintexts never share an IV. The IV key comes from the DATA key, not the master
 * key: after shredding, nobody (not even the master key holder) can test a guessed value
 * against a stored IV.
 *
 * Opened keys of recently used subjects are cached (SubjectCipherCache): a replay otherwise
 * unwraps a key and derives two subkeys for every person again on every page. Shredding still
 * takes effect at once, whichever process shreds: every read looks the wrapped key up in the key
 * store (one indexed read) and a cached cipher serves only the wrapped key it was opened from;
 * `shred` through this vault also drops it from memory at once. The trade-off: after a shred by
 * ANOTHER process, this one keeps the unusable key in memory until it next asks for that subject
 * or evicts it — no new exposure, as the master key held beside it opens every wrapped key anyway.
 *
 * @example
 *   const vault = new PersonalDataVault(keyStore, masterKey32Bytes);
 *   const token = await vault.encrypt('person-7', '张三', 'evt-1/name', now);
 *   await vault.decrypt('person-7', token, 'evt-1/name'); // '张三', or null once shredded
 */
export class PersonalDataVault {
  private readonly wrappingKey: Buffer;
  private readonly blindIndexKey: Buffer;
  private readonly ciphers: SubjectCipherCache;

  constructor(
    private readonly keys: PersonalDataKeyStore,
    masterKey: Buffer,
    options: PersonalDataVaultOptions = {},
  ) {
    if (!Buffer.isBuffer(masterKey) || masterKey.length !== 32) {
      throw new RangeError('PersonalDataVault: the master key must be a 32-byte Buffer');
    }
    [this.wrappingKey, this.blindIndexKey] = hkdfSha256(masterKey, ['careledger/pii/key-wrapping/v1', 'careledger/pii/blind-index/v1']);
    this.ciphers = new SubjectCipherCache(options.cachedSubjects ?? DEFAULT_CACHED_SUBJECTS);
  }

  static isEncrypted(value: unknown): value is string {
    return typeof value === 'string' && value.startsWith(FIELD_PREFIX);
  }

  /** The subject's cipher, creating its key on first use; null when the subject was shredded. */
  async cipherFor(subjectId: string, createdAt: string): Promise<SubjectCipher | null> {
    const wrapped =
      (await this.keys.get(subjectId)) ??
      (await this.keys.getOrCreate(subjectId, this.wrap(subjectId, randomBytes(32)), createdAt));
    return this.opened(subjectId, wrapped);
  }

  /** The subject's cipher if a live key exists; null when absent or shredded. */
  async existingCipherFor(subjectId: string): Promise<SubjectCipher | null> {
    return this.opened(subjectId, await this.keys.get(subjectId));
  }

  async encrypt(subjectId: string, value: unknown, context: string, createdAt: string): Promise<string> {
    const cipher = await this.cipherFor(subjectId, createdAt);
    if (!cipher) throw new PersonalDataShreddedError(subjectId);
    return cipher.encrypt(value, context);
  }

  /** The plaintext value, or null once the subject's key is shredded (never throws for that). */
  async decrypt(subjectId: string, token: string, context: string): Promise<unknown> {
    const cipher = await this.existingCipherFor(subjectId);
    return cipher ? cipher.decrypt(token, context) : null;
  }

  /**
   * HMAC-SHA256 (hex) of `value` under a key derived from the master key, separated by `kind`
   * ('id-number', 'phone', …) so equal strings of different kinds do not match. Normalise before
   * calling (e.g. upper-case the X of an ID number): the index compares exact strings.
   */
  blindIndex(kind: string, value: string): string {
    return createHmac('sha256', this.blindIndexKey).update(kind).update('\0').update(value, 'utf8').digest('hex');
  }

  async shred(subjectId: string, request: ShredRequest): Promise<void> {
    try {
      await this.keys.shred(subjectId, request);
    } finally {
      this.ciphers.delete(subjectId);
    }
  }

  /** The cipher for the wrapped key the store holds now (null: none, or shredded). */
  private opened(subjectId: string, wrapped: string | null): SubjectCipher | null {
    if (wrapped === null) {
      this.ciphers.delete(subjectId);
      return null;
    }
    return this.ciphers.get(subjectId, wrapped) ?? this.ciphers.set(subjectId, wrapped, this.cipher(subjectId, wrapped));
  }

  private wrap(subjectId: string, dataKey: Buffer): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.wrappingKey, iv);
    cipher.setAAD(Buffer.from(`careledger/pii/data-key\0${subjectId}`, 'utf8'));
    const sealed = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
    return `${WRAPPED_PREFIX}${iv.toString('base64url')}:${sealed.toString('base64url')}`;
  }

  private cipher(subjectId: string, wrapped: string): SubjectCipher {
    const dataKey = open(
      this.wrappingKey,
      wrapped,
      WRAPPED_PREFIX,
      `careledger/pii/data-key\0${subjectId}`,
      `data key of subject ${subjectId}`,
    );
    const [encryptionKey, ivKey] = hkdfSha256(dataKey, ['careledger/pii/field-encryption/v1', 'careledger/pii/field-iv/v1']);
    return {
      subjectId,
      encrypt(value, context) {
        const plaintext = Buffer.from(canonicalJson(value), 'utf8');
        const iv = createHmac('sha256', ivKey).update(context).update('\0').update(plaintext).digest().subarray(0, IV_BYTES);
        const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
        cipher.setAAD(Buffer.from(context, 'utf8'));
        const sealed = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
        return `${FIELD_PREFIX}${iv.toString('base64url')}:${sealed.toString('base64url')}`;
      },
      decrypt(token, context) {
        const plaintext = open(encryptionKey, token, FIELD_PREFIX, context, `field ${context} of subject ${subjectId}`);
        return JSON.parse(plaintext.toString('utf8')) as unknown;
      },
    };
  }
}

function open(key: Buffer, token: string, prefix: string, aad: string, what: string): Buffer {
  const parts = token.startsWith(prefix) ? token.slice(prefix.length).split(':') : [];
  const [ivText, sealedText] = parts;
  if (parts.length !== 2 || ivText === undefined || sealedText === undefined) {
    throw new PersonalDataIntegrityError(`${what}: not a ${prefix} token`);
  }
  const iv = Buffer.from(ivText, 'base64url');
  const sealed = Buffer.from(sealedText, 'base64url');
  if (iv.length !== IV_BYTES || sealed.length < TAG_BYTES) throw new PersonalDataIntegrityError(`${what}: malformed`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new PersonalDataIntegrityError(`${what} fails authentication: wrong master key or altered bytes`);
  }
}
