import { canonicalJson } from '../canonical-json';
import { ChainVerifier } from '../chain/chain-verifier';
import { computeEventHash, GENESIS_HASH } from '../chain/event-hash';
import type { RecordedEvent } from '../event-store.port';
import { BundleLineError, parseEventLine, parseHeader, type BundleHeader } from './bundle-format';
import { namesCase } from './select-bundle-events';

export type BundleProblemKind =
  | 'malformed'
  | 'hash_mismatch'
  | 'link_mismatch'
  | 'position_gap'
  | 'revision_gap'
  | 'out_of_order'
  | 'outside_selection'
  | 'head_mismatch'
  | 'count_mismatch';

export interface BundleProblem {
  /** 1-based line of the file (the header is line 1). */
  readonly line: number;
  readonly position: number | null;
  readonly kind: BundleProblemKind;
  readonly detail: string;
}

export interface BundleVerification {
  readonly ok: boolean;
  readonly header: BundleHeader | null;
  /** Event lines in the file. */
  readonly count: number;
  /** Events checked and found intact before the first problem (all of them when ok). */
  readonly checked: number;
  /**
   * 'chain': a range bundle, contiguous and linked, every event's prevHash the previous event's
   * hash. 'each-event': a stream or case bundle is not contiguous in the global log, so only each
   * event's own hash (over its content and its STATED prevHash) can be recomputed: the links
   * between events are NOT verified end to end.
   */
  readonly links: 'chain' | 'each-event';
  /** Range bundles: the first event's position and prevHash, trusted as the starting anchor. */
  readonly anchor: { readonly position: number; readonly prevHash: string } | null;
  readonly firstPosition: number | null;
  readonly lastPosition: number | null;
  readonly problem: BundleProblem | null;
}

export interface ReadBundleResult {
  readonly verification: BundleVerification;
  /** The events read (in file order); only to be trusted when `verification.ok`. */
  readonly events: readonly RecordedEvent[];
}

/**
 * Reads and verifies an auditor's bundle (see `writeBundle`), stopping the checks at the first
 * problem: every line must be the canonical JSON of its content, every event's hash must
 * recompute from its content and prevHash, positions must increase, and the header's count must
 * match. A range bundle must also be contiguous (exactly from..to) and linked; when it ends at
 * the header's head, its last hash must be the head's. Stream and case bundles: the selected
 * stream's revisions must run 0, 1, 2, … without a gap.
 */
export async function readBundle(lines: AsyncIterable<string> | Iterable<string>): Promise<ReadBundleResult> {
  const events: RecordedEvent[] = [];
  let header: BundleHeader | null = null;
  let problem: BundleProblem | null = null;
  let checker: EventChecker | null = null;
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo += 1;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === '') continue;
    if (!header) {
      try {
        header = parseHeader(line);
        checker = new EventChecker(header);
      } catch (error) {
        problem = { line: lineNo, position: null, kind: 'malformed', detail: `header: ${messageOf(error)}` };
        break;
      }
      continue;
    }
    let event: RecordedEvent | null = null;
    try {
      event = parseEventLine(line);
    } catch (error) {
      problem ??= { line: lineNo, position: null, kind: 'malformed', detail: messageOf(error) };
    }
    if (!event) continue;
    events.push(event);
    if (!problem) {
      const found = checker!.push(event);
      if (found) problem = { line: lineNo, ...found };
    }
  }
  if (!header) problem ??= { line: lineNo, position: null, kind: 'malformed', detail: 'empty file: no header line' };
  if (!problem && header && checker) problem = checker.finish(events.length, lineNo + 1);
  const range = header?.selection.kind === 'range';
  const first = events[0];
  return {
    events,
    verification: {
      ok: problem === null,
      header,
      count: events.length,
      checked: checker?.checked ?? 0,
      links: range ? 'chain' : 'each-event',
      anchor: range && first ? { position: first.position, prevHash: first.prevHash } : null,
      firstPosition: first?.position ?? null,
      lastPosition: events[events.length - 1]?.position ?? null,
      problem,
    },
  };
}

type Found = Omit<BundleProblem, 'line'>;

/** The per-event checks for one bundle, fed in file order. */
class EventChecker {
  checked = 0;
  private chain: ChainVerifier | null = null;
  private lastPosition = 0;
  private lastHash = GENESIS_HASH;
  private nextRevision = 0;

  constructor(private readonly header: BundleHeader) {}

  push(event: RecordedEvent): Found | null {
    const found = this.header.selection.kind === 'range' ? this.pushLinked(event) : this.pushLoose(event);
    if (found) return found;
    this.checked += 1;
    this.lastPosition = event.position;
    this.lastHash = event.hash;
    return null;
  }

  finish(count: number, line: number): BundleProblem | null {
    const { selection, head } = this.header;
    if (count !== this.header.count) {
      return { line, position: null, kind: 'count_mismatch', detail: `header says ${this.header.count} events, file has ${count}` };
    }
    if (selection.kind === 'range' && count > 0 && this.lastPosition !== selection.to) {
      return { line, position: this.lastPosition + 1, kind: 'position_gap', detail: `range ends at ${this.lastPosition}, not ${selection.to}` };
    }
    if (count > 0 && this.lastPosition === head.position && this.lastHash !== head.hash) {
      return { line, position: head.position, kind: 'head_mismatch', detail: 'last event is the head but its hash is not the header head hash' };
    }
    return null;
  }

  private pushLinked(event: RecordedEvent): Found | null {
    const selection = this.header.selection as Extract<BundleHeader['selection'], { kind: 'range' }>;
    // The first event's prevHash is the anchor: trusted (genesis when the range starts at 1).
    this.chain ??= new ChainVerifier({
      position: selection.from,
      prevHash: selection.from === 1 ? GENESIS_HASH : event.prevHash,
    });
    const row = { ...event, dataJson: canonicalJson(event.data), metadataJson: canonicalJson(event.metadata) };
    if (this.chain.push(row)) return this.beyondHead(event);
    const result = this.chain.result();
    if (result.ok) return null;
    return { position: result.brokenAt, kind: result.problem, detail: describe(result.problem) };
  }

  private pushLoose(event: RecordedEvent): Found | null {
    const selection = this.header.selection as Exclude<BundleHeader['selection'], { kind: 'range' }>;
    if (event.position <= this.lastPosition) {
      return { position: event.position, kind: 'out_of_order', detail: `position ${event.position} after ${this.lastPosition}` };
    }
    if (computeEventHash(event.prevHash, event) !== event.hash) {
      return { position: event.position, kind: 'hash_mismatch', detail: describe('hash_mismatch') };
    }
    const inSelection =
      event.streamId === selection.streamId || (selection.kind === 'case' && namesCase(event, selection.caseId));
    if (!inSelection) return { position: event.position, kind: 'outside_selection', detail: `${event.streamId} is not in this bundle's selection` };
    if (event.streamId === selection.streamId) {
      if (event.revision !== this.nextRevision) {
        return { position: event.position, kind: 'revision_gap', detail: `${event.streamId} revision ${event.revision}, expected ${this.nextRevision}` };
      }
      this.nextRevision += 1;
    }
    return this.beyondHead(event);
  }

  private beyondHead(event: RecordedEvent): Found | null {
    return event.position > this.header.head.position
      ? { position: event.position, kind: 'outside_selection', detail: `position ${event.position} is after the header head` }
      : null;
  }
}

function describe(problem: BundleProblemKind): string {
  switch (problem) {
    case 'hash_mismatch':
      return "the event's content does not hash to its stored hash (edited)";
    case 'link_mismatch':
      return "the event's prevHash is not the previous event's hash (reordered or re-chained)";
    case 'position_gap':
      return 'an event is missing or out of place';
    case 'revision_gap':
      return 'a stream skips a revision';
    default:
      return problem;
  }
}

const messageOf = (error: unknown): string => (error instanceof BundleLineError || error instanceof Error ? error.message : String(error));
