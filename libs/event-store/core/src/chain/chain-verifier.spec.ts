import { canonicalJson } from '../canonical-json';
import { ChainVerifier, verifyEventChain, type StoredChainRow } from './chain-verifier';
import { computeEventHashFromJson, GENESIS_HASH } from './event-hash';

/** A valid chain: streams a, b, a, a, b (revisions 0, 0, 1, 2, 1). */
function chain(): StoredChainRow[] {
  const streams = ['case-a', 'case-b', 'case-a', 'case-a', 'case-b'];
  const revisions = new Map<string, number>();
  let prevHash = GENESIS_HASH;
  return streams.map((streamId, i) => {
    const revision = (revisions.get(streamId) ?? -1) + 1;
    revisions.set(streamId, revision);
    const row = {
      id: `evt-${i + 1}`,
      streamId,
      revision,
      position: i + 1,
      type: 'CaseNoteAdded',
      schemaVersion: 1,
      dataJson: canonicalJson({ note: `n${i}` }),
      metadataJson: canonicalJson({ actorId: 'u' }),
      recordedAt: '2024-03-01T08:00:00.000Z',
      prevHash,
    };
    const hash = computeEventHashFromJson(prevHash, row);
    prevHash = hash;
    return { ...row, hash };
  });
}

/** Re-chains rows after an edit, the way a careful forger would. */
function rechain(rows: StoredChainRow[]): StoredChainRow[] {
  let prevHash = GENESIS_HASH;
  return rows.map((row) => {
    const hash = computeEventHashFromJson(prevHash, { ...row });
    const out = { ...row, prevHash, hash };
    prevHash = hash;
    return out;
  });
}

describe('ChainVerifier', () => {
  it('accepts a valid chain and reports its head', () => {
    const rows = chain();
    expect(verifyEventChain(rows)).toEqual({ ok: true, checked: 5, headPosition: 5, headHash: rows[4]?.hash });
    expect(verifyEventChain([])).toEqual({ ok: true, checked: 0, headPosition: 0, headHash: GENESIS_HASH });
  });

  it('verifies a range from a trusted anchor, accepting streams it first meets mid-way', () => {
    const rows = chain();
    const start = { position: 3, prevHash: rows[1]?.hash ?? '' };
    expect(verifyEventChain(rows.slice(2), start)).toMatchObject({ ok: true, checked: 3, headPosition: 5 });
  });

  it('names a missing row by its position', () => {
    const rows = chain();
    expect(verifyEventChain([...rows.slice(0, 2), ...rows.slice(3)])).toEqual({
      ok: false,
      checked: 2,
      brokenAt: 3,
      problem: 'position_gap',
    });
  });

  it('finds an edited row (hash) and a row linked to the wrong predecessor (link)', () => {
    const edited = chain();
    edited[1] = { ...(edited[1] as StoredChainRow), dataJson: '{"note":"forged"}' };
    expect(verifyEventChain(edited)).toMatchObject({ ok: false, brokenAt: 2, problem: 'hash_mismatch' });

    const relinked = chain();
    relinked[3] = { ...(relinked[3] as StoredChainRow), prevHash: relinked[1]?.hash ?? '' };
    expect(verifyEventChain(relinked)).toMatchObject({ ok: false, brokenAt: 4, problem: 'link_mismatch' });
  });

  it('finds a stream revision gap even in a re-chained log', () => {
    const rows = chain();
    const forged = rechain(rows.map((r) => (r.position === 4 ? { ...r, revision: 3 } : r)));
    expect(verifyEventChain(forged)).toMatchObject({ ok: false, checked: 3, brokenAt: 4, problem: 'revision_gap' });
  });

  it('stops at the first break and ignores rows pushed after it', () => {
    const verifier = new ChainVerifier();
    const [first, second, third] = chain();
    expect(verifier.push(first as StoredChainRow)).toBe(true);
    expect(verifier.push(third as StoredChainRow)).toBe(false);
    expect(verifier.push(second as StoredChainRow)).toBe(false);
    expect(verifier.result()).toMatchObject({ ok: false, brokenAt: 2, checked: 1 });
  });
});
