import { computeEventHash, GENESIS_HASH } from '../chain/event-hash';
import type { RecordedEvent } from '../event-store.port';
import { BUNDLE_FORMAT, eventLine, headerLine } from './bundle-format';
import { bundleEventStore, BundleReadOnlyError } from './bundle-event-store';
import { readBundle } from './read-bundle';
import { writeBundle } from './write-bundle';
import type { BundleSelection } from './bundle-format';

const metadata = { actorId: 'u-1', actorRole: 'caseworker', actorTownship: 'T01', commandId: 'c', correlationId: 'c', causationId: 'c' };

/** A small log: two cases, a visit naming case a (and b), notes; hashes computed as a store would. */
function log(): RecordedEvent[] {
  const specs: [string, string, Record<string, unknown>][] = [
    ['case-a', 'CaseOpened', { caseId: 'a', township: 'T01' }],
    ['case-b', 'CaseOpened', { caseId: 'b', township: 'T02' }],
    ['case-a', 'MemberRegistered', { caseId: 'a', personId: 'p1', idNumber: 'pii:v1:aaa:bbb', name: '张三' }],
    ['visit-1', 'VisitRecorded', { caseIds: ['a', 'b'], persons: 3 }],
    ['case-b', 'CaseNoteAdded', { caseId: 'b', text: '走访' }],
    ['case-a', 'CaseNoteAdded', { caseId: 'a', text: '第二次' }],
  ];
  const revisions = new Map<string, number>();
  let prevHash = GENESIS_HASH;
  return specs.map(([streamId, type, data], i) => {
    const revision = (revisions.get(streamId) ?? -1) + 1;
    revisions.set(streamId, revision);
    const envelope = { id: `e${i + 1}`, streamId, revision, position: i + 1, type, schemaVersion: 1, data, metadata, recordedAt: `2024-03-0${i + 1}T08:00:00.000Z` };
    const hash = computeEventHash(prevHash, envelope);
    const event = { ...envelope, prevHash, hash };
    prevHash = hash;
    return event;
  });
}

async function sourceStore() {
  const events = log();
  const last = events[events.length - 1]!;
  const header = { format: BUNDLE_FORMAT, version: 1 as const, exportedAt: 'x', selection: { kind: 'range' as const, from: 1, to: 6 }, head: { position: 6, hash: last.hash }, count: 6 };
  return bundleEventStore(await readBundle([headerLine(header), ...events.map(eventLine)]));
}

async function exported(selection: BundleSelection): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of writeBundle(await sourceStore(), selection, { exportedAt: '2024-04-01T00:00:00.000Z' })) lines.push(line);
  expect(lines.every((l) => l.endsWith('\n'))).toBe(true);
  return lines.join('').split('\n');
}

/** Flips one byte inside the value of `needle` on the given line. */
function flipByte(lines: string[], lineIndex: number, needle: string): string[] {
  const line = lines[lineIndex]!;
  const at = line.indexOf(needle) + needle.length - 1;
  expect(at).toBeGreaterThan(needle.length - 2);
  const out = [...lines];
  out[lineIndex] = line.slice(0, at) + String.fromCharCode(line.charCodeAt(at) ^ 1) + line.slice(at + 1);
  return out;
}
const without = (lines: string[], i: number) => lines.filter((_, j) => j !== i);
const swapped = (lines: string[], i: number, j: number) => lines.map((l, k) => (k === i ? lines[j]! : k === j ? lines[i]! : l));
const verify = async (lines: string[]) => (await readBundle(lines)).verification;

describe('auditor bundle', () => {
  it('exports a range with a header, in position order, and verifies it as a chain from its anchor', async () => {
    const lines = await exported({ kind: 'range', from: 3, to: 99 });
    const header = JSON.parse(lines[0]!);
    expect(header).toMatchObject({ format: 'careledger-bundle', version: 1, selection: { kind: 'range', from: 3, to: 6 }, head: { position: 6 }, count: 4 });
    const v = await verify(lines);
    expect(v).toMatchObject({ ok: true, count: 4, checked: 4, links: 'chain', firstPosition: 3, lastPosition: 6, problem: null });
    expect(v.anchor).toEqual({ position: 3, prevHash: log()[1]!.hash });
    // Stored form: ciphertext stays ciphertext, and the line carries exactly the hashed fields.
    expect(JSON.parse(lines[1]!)).toEqual(log()[2]);
  });

  it('exports a stream and a case (its stream plus every event naming it), checking each event only', async () => {
    const stream = await verify(await exported({ kind: 'stream', streamId: 'case-b' }));
    expect(stream).toMatchObject({ ok: true, count: 2, links: 'each-event', anchor: null, firstPosition: 2, lastPosition: 5 });
    const caseLines = await exported({ kind: 'case', caseId: 'a', streamId: 'case-a' });
    expect(caseLines.slice(1, -1).map((l) => JSON.parse(l).position)).toEqual([1, 3, 4, 6]);
    expect(await verify(caseLines)).toMatchObject({ ok: true, count: 4, checked: 4, links: 'each-event' });
  });

  it('detects a byte changed in an event, in every kind of bundle', async () => {
    const range = await exported({ kind: 'range', from: 1, to: 6 });
    expect(await verify(flipByte(range, 3, '"idNumber":"pii:v1:aa'))).toMatchObject({
      ok: false,
      checked: 2,
      problem: { line: 4, position: 3, kind: 'hash_mismatch' },
    });
    const stream = await exported({ kind: 'stream', streamId: 'case-a' });
    expect((await verify(flipByte(stream, 3, '"text":"第二'))).problem).toMatchObject({ line: 4, position: 6, kind: 'hash_mismatch' });
    // A byte that is no longer canonical JSON (here ':' → ';') is caught before any hashing.
    expect((await verify(flipByte(range, 2, '"caseId":'))).problem).toMatchObject({ line: 3, kind: 'malformed' });
  });

  it('detects a dropped line', async () => {
    const range = await exported({ kind: 'range', from: 1, to: 6 });
    expect((await verify(without(range, 3))).problem).toMatchObject({ line: 4, position: 3, kind: 'position_gap' });
    expect((await verify(without(range, 6))).problem).toMatchObject({ kind: 'count_mismatch' });
    const stream = await exported({ kind: 'stream', streamId: 'case-a' });
    expect((await verify(without(stream, 2))).problem).toMatchObject({ position: 6, kind: 'revision_gap' });
    // A case bundle's other events can only be counted: the header count is the check.
    const caseLines = await exported({ kind: 'case', caseId: 'a', streamId: 'case-a' });
    expect((await verify(without(caseLines, 3))).problem).toMatchObject({ kind: 'count_mismatch' });
  });

  it('detects two lines reordered', async () => {
    const range = await exported({ kind: 'range', from: 1, to: 6 });
    expect((await verify(swapped(range, 2, 4))).problem).toMatchObject({ line: 3, position: 2, kind: 'position_gap' });
    const caseLines = await exported({ kind: 'case', caseId: 'a', streamId: 'case-a' });
    expect((await verify(swapped(caseLines, 2, 3))).problem).toMatchObject({ line: 4, position: 3, kind: 'out_of_order' });
  });

  it('detects an event relinked to the wrong predecessor, and a header whose head disagrees', async () => {
    const events = log();
    const forged = { ...events[3]!, prevHash: events[1]!.hash };
    const relinked = { ...forged, hash: computeEventHash(forged.prevHash, forged) };
    const range = await exported({ kind: 'range', from: 1, to: 6 });
    const lines = range.map((l, i) => (i === 4 ? eventLine(relinked) : l));
    expect((await verify(lines)).problem).toMatchObject({ position: 4, kind: 'link_mismatch' });
    const header = JSON.parse(range[0]!);
    const otherHead = headerLine({ ...header, head: { position: 6, hash: 'f'.repeat(64) } });
    expect((await verify([otherHead, ...range.slice(1)])).problem).toMatchObject({ kind: 'head_mismatch' });
    expect((await verify(['{"format":"other"}'])).problem).toMatchObject({ line: 1, kind: 'malformed' });
  });

  it('serves a verified bundle as a read-only event store', async () => {
    const bundle = await readBundle(await exported({ kind: 'case', caseId: 'b', streamId: 'case-b' }));
    const store = bundleEventStore(bundle);
    expect((await store.readAll()).map((e) => e.position)).toEqual([2, 4, 5]);
    expect((await store.readAll({ fromPosition: 2, filter: { streamTypes: ['case'] } })).map((e) => e.position)).toEqual([5]);
    expect((await store.readAll({ filter: { eventTypes: [] } }))).toEqual([]);
    expect((await store.readStream('case-b', { direction: 'backwards', limit: 1 })).map((e) => e.revision)).toEqual([1]);
    expect(await store.head()).toEqual({ position: 5, hash: log()[4]!.hash });
    await expect(store.verifyChain()).resolves.toMatchObject({ ok: true, checked: 3, headPosition: 5 });
    const subscription = store.subscribe({ batchSize: 2 });
    const iterator = subscription[Symbol.asyncIterator]();
    expect(((await iterator.next()).value as RecordedEvent[]).map((e) => e.position)).toEqual([2, 4]);
    expect(((await iterator.next()).value as RecordedEvent[]).map((e) => e.position)).toEqual([5]);
    const waiting = iterator.next();
    await subscription.close();
    await expect(waiting).resolves.toMatchObject({ done: true });
    await expect(store.append('case-b', [])).rejects.toBeInstanceOf(BundleReadOnlyError);

    const full = bundleEventStore(await readBundle(await exported({ kind: 'range', from: 1, to: 6 })));
    await expect(full.verifyChain({ from: 2, to: 4 })).resolves.toMatchObject({ ok: true, checked: 3, headPosition: 4 });
    const tampered = await readBundle(without(await exported({ kind: 'range', from: 1, to: 6 }), 2));
    expect(() => bundleEventStore(tampered)).toThrow(/did not verify/);
  });
});
