import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EventStore } from '@careledger/event-store';
import { UsageError } from '../shared/args';

/** A head position and hash kept outside the log: the only way to see its tail cut off. */
export interface Anchor {
  readonly position: number;
  readonly hash: string;
  readonly anchoredAt?: string;
}

const HASH = /^[0-9a-f]{64}$/;

/** `--anchor` is either `position:hash` or a file written by `careledger anchor --out`. */
export function parseAnchorArgument(value: string, cwd: string): Anchor {
  const inline = /^(\d+):([0-9a-f]{64})$/.exec(value);
  if (inline) return { position: Number(inline[1]), hash: inline[2]! };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path.resolve(cwd, value), 'utf8'));
  } catch (error) {
    throw new UsageError(`--anchor: "${value}" is neither position:hash nor a readable anchor file (${(error as Error).message})`);
  }
  const anchor = parsed as Partial<Anchor>;
  if (!Number.isSafeInteger(anchor.position) || (anchor.position ?? -1) < 0 || typeof anchor.hash !== 'string' || !HASH.test(anchor.hash)) {
    throw new UsageError(`--anchor: ${value} has no valid {"position", "hash"}`);
  }
  return { position: anchor.position!, hash: anchor.hash, anchoredAt: anchor.anchoredAt };
}

export type AnchorCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: 'cut_off' | 'rewritten'; readonly detail: string };

/**
 * The anchored position must still exist with the anchored hash. Each hash covers everything
 * before it, so together with an intact chain from position 1 this proves the whole log up to
 * the anchor is exactly what it was when the anchor was taken.
 */
export async function checkAnchor(rawStore: EventStore, anchor: Anchor): Promise<AnchorCheck> {
  if (anchor.position === 0) return { ok: true };
  const [event] = await rawStore.readAll({ fromPosition: anchor.position - 1, limit: 1 });
  if (!event || event.position !== anchor.position) {
    const head = await rawStore.head();
    return {
      ok: false,
      problem: 'cut_off',
      detail: `position ${anchor.position} no longer exists (the log ends at ${head.position}): events were removed from the end`,
    };
  }
  if (event.hash !== anchor.hash) {
    return { ok: false, problem: 'rewritten', detail: `position ${anchor.position} now has hash ${event.hash}, not the anchored ${anchor.hash}: the log up to it was rewritten` };
  }
  return { ok: true };
}
