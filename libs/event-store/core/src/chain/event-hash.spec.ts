import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json';
import { computeEventHash, computeEventHashFromJson, GENESIS_HASH, type HashedEnvelope } from './event-hash';

const envelope: HashedEnvelope = {
  id: 'evt-1',
  streamId: 'case-1',
  revision: 0,
  position: 1,
  type: 'CaseOpened',
  schemaVersion: 1,
  data: { familyName: 'pii:v1:abc:def', category: 'BEREAVED', amountFen: 15000 },
  metadata: { actorId: 'u-1', actorRole: 'caseworker', actorTownship: 'T01', commandId: 'c', correlationId: 'c', causationId: 'c' },
  recordedAt: '2024-03-01T08:00:00.000Z',
};

describe('computeEventHash', () => {
  it('is sha256 hex over the canonical JSON of the envelope and prevHash', () => {
    const expected = createHash('sha256')
      .update(canonicalJson({ ...envelope, prevHash: GENESIS_HASH }))
      .digest('hex');
    expect(computeEventHash(GENESIS_HASH, envelope)).toBe(expected);
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });

  it('gives the same hash from stored canonical JSON text', () => {
    const fromJson = computeEventHashFromJson(GENESIS_HASH, {
      ...envelope,
      dataJson: canonicalJson(envelope.data),
      metadataJson: canonicalJson(envelope.metadata),
    });
    expect(fromJson).toBe(computeEventHash(GENESIS_HASH, envelope));
  });

  it('ignores fields outside the envelope and key order, but not any covered value', () => {
    const base = computeEventHash(GENESIS_HASH, envelope);
    const withExtras = { ...envelope, hash: 'x', prevHash: 'y', extra: 1 } as HashedEnvelope;
    expect(computeEventHash(GENESIS_HASH, withExtras)).toBe(base);
    expect(computeEventHash(GENESIS_HASH, { ...envelope, data: { amountFen: 15000, category: 'BEREAVED', familyName: 'pii:v1:abc:def' } })).toBe(base);
    const changes: Partial<HashedEnvelope>[] = [
      { id: 'evt-2' },
      { streamId: 'case-2' },
      { revision: 1 },
      { position: 2 },
      { type: 'CaseExited' },
      { schemaVersion: 2 },
      { data: { ...envelope.data, amountFen: 15001 } },
      { metadata: { ...envelope.metadata, actorId: 'u-2' } },
      { recordedAt: '2024-03-01T08:00:00.001Z' },
    ];
    for (const change of changes) expect(computeEventHash(GENESIS_HASH, { ...envelope, ...change })).not.toBe(base);
    expect(computeEventHash('1'.repeat(64), envelope)).not.toBe(base);
  });
});
