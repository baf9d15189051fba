import type { SubjectCipher } from './personal-data-vault';

/**
 * The most recently used subjects' ciphers (least recently used evicted first), each with the
 * wrapped key it was opened from. A hit needs the wrapped key the key store holds NOW: so the
 * vault still looks the key up on every use, and a key shredded — or replaced — anywhere, by any
 * process, is never served from here. What the cache saves is opening the key again: unwrapping
 * and deriving two subkeys, most of the cost of reading a person's data.
 */
export class SubjectCipherCache {
  private readonly entries = new Map<string, { readonly wrapped: string; readonly cipher: SubjectCipher }>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError('SubjectCipherCache: capacity must be an integer ≥ 0');
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cipher opened from exactly `wrapped`; a stale entry (another wrapped key) is dropped. */
  get(subjectId: string, wrapped: string): SubjectCipher | undefined {
    const entry = this.entries.get(subjectId);
    if (!entry) return undefined;
    this.entries.delete(subjectId);
    if (entry.wrapped !== wrapped) return undefined;
    this.entries.set(subjectId, entry); // most recently used last: Map keeps insertion order
    return entry.cipher;
  }

  set(subjectId: string, wrapped: string, cipher: SubjectCipher): SubjectCipher {
    if (this.capacity === 0) return cipher;
    this.entries.delete(subjectId);
    this.entries.set(subjectId, { wrapped, cipher });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return cipher;
  }

  delete(subjectId: string): void {
    this.entries.delete(subjectId);
  }
}
