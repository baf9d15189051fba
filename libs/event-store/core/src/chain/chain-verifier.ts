import type { ChainVerification } from '../event-store.port';
import { computeEventHashFromJson, GENESIS_HASH, type HashedEnvelopeJson } from './event-hash';

/** One stored row as the verifier needs it: the envelope as stored plus its stored link and hash. */
export type StoredChainRow = HashedEnvelopeJson & { readonly prevHash: string; readonly hash: string };

export interface ChainStart {
  /** Position the first row must have (1 for the whole log). */
  readonly position: number;
  /** Stored hash of the row before it (GENESIS_HASH for position 1). */
  readonly prevHash: string;
}

const LOG_START: ChainStart = { position: 1, prevHash: GENESIS_HASH };

/**
 * Checks rows fed in position order, stopping at the first break. Adapters stream rows into
 * `push` (so a long log is never held in memory) and then read `result()`.
 *
 * Checks per row, in this order, so each kind of tampering is named precisely:
 * position_gap (a row is missing or out of place; reported at the position that should be
 * there), link_mismatch (prevHash is not the stored hash of the row before: rows were swapped or
 * re-chained), hash_mismatch (the row's content was edited), revision_gap (a stream skips a
 * revision; only checkable for streams first seen when verifying from position 1).
 */
export class ChainVerifier {
  private expectedPosition: number;
  private prevHash: string;
  private checked = 0;
  private broken: ChainVerification | undefined;
  private readonly lastRevision = new Map<string, number>();
  private readonly fromLogStart: boolean;

  constructor(start: ChainStart = LOG_START) {
    this.expectedPosition = start.position;
    this.prevHash = start.prevHash;
    this.fromLogStart = start.position === 1;
  }

  /** Returns false once the chain is broken: feeding more rows changes nothing. */
  push(row: StoredChainRow): boolean {
    if (this.broken) return false;
    const problem = this.problemWith(row);
    if (problem) {
      const brokenAt = problem === 'position_gap' ? this.expectedPosition : row.position;
      this.broken = { ok: false, checked: this.checked, brokenAt, problem };
      return false;
    }
    this.lastRevision.set(row.streamId, row.revision);
    this.expectedPosition = row.position + 1;
    this.prevHash = row.hash;
    this.checked += 1;
    return true;
  }

  result(): ChainVerification {
    return (
      this.broken ?? {
        ok: true,
        checked: this.checked,
        headPosition: this.expectedPosition - 1,
        headHash: this.prevHash,
      }
    );
  }

  private problemWith(row: StoredChainRow): Exclude<ChainVerification, { ok: true }>['problem'] | null {
    if (row.position !== this.expectedPosition) return 'position_gap';
    if (row.prevHash !== this.prevHash) return 'link_mismatch';
    if (computeEventHashFromJson(row.prevHash, row) !== row.hash) return 'hash_mismatch';
    const last = this.lastRevision.get(row.streamId);
    const expectedRevision = last === undefined ? (this.fromLogStart ? 0 : row.revision) : last + 1;
    return row.revision === expectedRevision ? null : 'revision_gap';
  }
}

/** Verifies rows (in position order) in one go. */
export function verifyEventChain(rows: Iterable<StoredChainRow>, start: ChainStart = LOG_START): ChainVerification {
  const verifier = new ChainVerifier(start);
  for (const row of rows) if (!verifier.push(row)) break;
  return verifier.result();
}
