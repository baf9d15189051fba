import { createHmac } from 'node:crypto';

const HASH_BYTES = 32;
const NO_SALT = Buffer.alloc(HASH_BYTES);
const FIRST_BLOCK = Buffer.from([1]);

/**
 * HKDF-SHA256 (RFC 5869) with an empty salt and 32-byte outputs, one per `info`: byte for byte
 * what `hkdfSync('sha256', key, '', info, 32)` gives. Written out with HMAC because every output
 * here is a single block, so the extract step is shared and each key costs one HMAC — about four
 * times cheaper than `hkdfSync`, which matters when a replay opens thousands of subjects' keys.
 *
 * @example const [encryptionKey, ivKey] = hkdfSha256(dataKey, ['careledger/pii/field-encryption/v1', 'careledger/pii/field-iv/v1']);
 */
export function hkdfSha256<const T extends readonly string[]>(key: Buffer, infos: T): { -readonly [K in keyof T]: Buffer } {
  // An empty salt means HashLen zero bytes (RFC 5869 §2.2).
  const prk = createHmac('sha256', NO_SALT).update(key).digest();
  const keys = infos.map((info) => createHmac('sha256', prk).update(info, 'utf8').update(FIRST_BLOCK).digest());
  return keys as { -readonly [K in keyof T]: Buffer };
}
