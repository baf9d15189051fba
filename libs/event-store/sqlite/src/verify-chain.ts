import { ChainVerifier, GENESIS_HASH, type ChainVerification } from '@careledger/event-store';
import type Database from 'better-sqlite3';
import { EVENT_COLUMNS, toChainRow, type EventRow } from './event-row';

type VerifyChain = (range?: { readonly from?: number; readonly to?: number }) => ChainVerification;

/**
 * Streams the rows of a range through the shared ChainVerifier (constant memory, whatever the
 * log's size), inside one read transaction so the range is a consistent snapshot. A range that
 * starts after 1 trusts the stored hash of the row before it as its anchor.
 */
export function createVerifyChain(db: Database.Database): VerifyChain {
  const rows = db.prepare<[number, number], EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE position >= ? AND position <= ? ORDER BY position ASC`,
  );
  const hashAt = db.prepare<[number], string>('SELECT hash FROM events WHERE position = ?').pluck();
  const head = db.prepare<[], { position: number; hash: string }>(
    'SELECT position, hash FROM events ORDER BY position DESC LIMIT 1',
  );

  const verify = db.transaction((from: number, to: number): ChainVerification => {
    const prevHash = from === 1 ? GENESIS_HASH : hashAt.get(from - 1);
    if (prevHash === undefined) {
      const last = head.get() ?? { position: 0, hash: GENESIS_HASH };
      // Starting beyond the head is an empty range; a missing anchor inside the log is a gap.
      return last.position < from - 1
        ? { ok: true, checked: 0, headPosition: last.position, headHash: last.hash }
        : { ok: false, checked: 0, brokenAt: from - 1, problem: 'position_gap' };
    }
    const verifier = new ChainVerifier({ position: from, prevHash });
    for (const row of rows.iterate(from, to)) {
      if (!verifier.push(toChainRow(row))) break;
    }
    return verifier.result();
  });

  return (range = {}) => {
    const from = range.from ?? 1;
    if (!Number.isInteger(from) || from < 1) throw new RangeError('verifyChain: from must be a positive integer');
    return verify.deferred(from, range.to ?? Number.MAX_SAFE_INTEGER);
  };
}
