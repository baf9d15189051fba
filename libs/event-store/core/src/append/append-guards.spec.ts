import { ConcurrencyError, IdempotencyConflictError } from '../event-store.errors';
import { assertExpectedRevision, resolveIdempotentResend, type StoredForIdempotency } from './append-guards';
import type { PreparedEvent } from './prepare-events';

describe('assertExpectedRevision', () => {
  it.each<[Parameters<typeof assertExpectedRevision>[1], number | null]>([
    ['any', null],
    ['any', 4],
    ['no_stream', null],
    ['stream_exists', 0],
    [3, 3],
  ])('accepts %p when the stream is at %p', (expected, actual) => {
    expect(() => assertExpectedRevision('case-1', expected, actual)).not.toThrow();
  });

  it.each<[Parameters<typeof assertExpectedRevision>[1], number | null, number | 'no_stream']>([
    ['no_stream', 0, 0],
    ['stream_exists', null, 'no_stream'],
    [0, null, 'no_stream'],
    [2, 3, 3],
  ])('rejects %p when the stream is at %p', (expected, actual, reported) => {
    expect(() => assertExpectedRevision('case-1', expected, actual)).toThrow(
      expect.objectContaining({ code: 'CONCURRENCY_CONFLICT', streamId: 'case-1', expected, actual: reported }),
    );
    expect(() => assertExpectedRevision('case-1', expected, actual)).toThrow(ConcurrencyError);
  });
});

describe('resolveIdempotentResend', () => {
  const sent = (id: string, dataJson = '{"n":1}'): PreparedEvent => ({
    id,
    type: 'CaseNoteAdded',
    schemaVersion: 1,
    dataJson,
    metadataJson: '{}',
    recordedAt: '2024-03-01T08:00:00.000Z',
  });
  const stored = (id: string, revision: number, position: number, dataJson = '{"n":1}'): StoredForIdempotency => ({
    id,
    streamId: 'case-1',
    revision,
    position,
    type: 'CaseNoteAdded',
    schemaVersion: 1,
    dataJson,
  });

  it('is a new append when none of the ids is stored', () => {
    expect(resolveIdempotentResend('case-1', [sent('a')], [])).toBeNull();
  });

  it('returns the original result when the whole batch is stored as sent', () => {
    const result = resolveIdempotentResend('case-1', [sent('a'), sent('b')], [stored('b', 4, 9), stored('a', 3, 7)]);
    expect(result).toEqual({ nextExpectedRevision: 4, position: 9 });
  });

  it.each<[string, PreparedEvent[], StoredForIdempotency[]]>([
    ['partial_batch', [sent('a'), sent('b')], [stored('a', 0, 1)]],
    ['different_order', [sent('b'), sent('a')], [stored('a', 0, 1), stored('b', 1, 2)]],
    ['different_order', [sent('a'), sent('b')], [stored('a', 0, 1), stored('b', 2, 3)]],
    ['different_data', [sent('a', '{"n":2}')], [stored('a', 0, 1)]],
    ['different_stream', [sent('a')], [{ ...stored('a', 0, 1), streamId: 'case-2' }]],
    ['different_type', [{ ...sent('a'), type: 'CaseExited' }], [stored('a', 0, 1)]],
    ['different_schema_version', [{ ...sent('a'), schemaVersion: 2 }], [stored('a', 0, 1)]],
  ])('rejects a re-send with %s', (reason, batch, existing) => {
    expect(() => resolveIdempotentResend('case-1', batch, existing)).toThrow(IdempotencyConflictError);
    expect(() => resolveIdempotentResend('case-1', batch, existing)).toThrow(expect.objectContaining({ reason }));
  });
});
