import type { PersonalDataKeyRecord, PersonalDataKeyStore, ShredRequest } from './personal-data-key-store.port';

type Entry = PersonalDataKeyRecord & { readonly wrappedKey: string | null };

/** Key store kept in memory: for tests and throw-away tools. Same semantics as the SQLite one. */
export class InMemoryPersonalDataKeyStore implements PersonalDataKeyStore {
  private readonly entries = new Map<string, Entry>();

  async getOrCreate(subjectId: string, candidate: string, createdAt: string): Promise<string | null> {
    if (!this.entries.has(subjectId)) {
      this.entries.set(subjectId, {
        subjectId,
        status: 'active',
        createdAt,
        wrappedKey: candidate,
        shreddedAt: null,
        shreddedBy: null,
        shredReason: null,
      });
    }
    return this.entries.get(subjectId)?.wrappedKey ?? null;
  }

  async get(subjectId: string): Promise<string | null> {
    return this.entries.get(subjectId)?.wrappedKey ?? null;
  }

  async shred(subjectId: string, request: ShredRequest): Promise<void> {
    const entry = this.entries.get(subjectId);
    if (entry?.status === 'shredded') return;
    this.entries.set(subjectId, {
      subjectId,
      status: 'shredded',
      createdAt: entry?.createdAt ?? request.at,
      wrappedKey: null,
      shreddedAt: request.at,
      shreddedBy: request.actorId,
      shredReason: request.reason,
    });
  }

  async inspect(subjectId: string): Promise<PersonalDataKeyRecord | null> {
    const entry = this.entries.get(subjectId);
    if (!entry) return null;
    const { wrappedKey: _wrappedKey, ...record } = entry;
    return record;
  }
}
