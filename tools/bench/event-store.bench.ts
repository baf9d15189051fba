/**
 * Event-store overhead vs raw better-sqlite3, on temp files, in one run:
 *   node tools/scripts/run-ts.mjs tools/bench/event-store.bench.ts [--quick]
 *
 * (1) appends, 1 and 10 events per commit, with synchronous FULL (the default: fsync per
 *     commit) and NORMAL (shows the adapter's CPU cost once the fsync is gone);
 * (2) replaying N events with readAll pages vs one raw `SELECT … ORDER BY position` scan;
 * (3) rebuilding every read model vs the raw scan of the same rows (rebuild.bench.ts), twice:
 *     from care-case events only, and from a mixed-domain log (cases, visits and activities with
 *     their fund charges, nursing subsidies, insurance, donations, targets) that makes every
 *     read model work. `--rebuild-only` runs just these.
 *
 * The raw side does the minimum any writer must: one IMMEDIATE transaction per commit, a
 * prepared INSERT of the same columns into the same table, JSON.stringify of data/metadata.
 * It skips what the adapter adds: validation, canonical JSON, the idempotency lookup, the
 * expected-revision check, reading the head, sha256 per event, JSON.parse on read.
 * Each case: one warm-up, then REPS runs on fresh files, median reported. No assertions.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NewEvent } from '@careledger/event-store';
import { openSqliteEventStore } from '@careledger/event-store-sqlite';
import { allProjections } from '@careledger/projections';
import Database from 'better-sqlite3';
import { rebuildBench } from './rebuild.bench';

type Sync = 'FULL' | 'NORMAL';
const quick = process.argv.includes('--quick');
const REPS = quick ? 3 : 5;
const COMMITS: Record<Sync, number> = { FULL: quick ? 150 : 400, NORMAL: quick ? 600 : 2000 };
const REPLAY_EVENTS = quick ? 5_000 : 20_000;
const REBUILD_FAMILIES = quick ? 500 : 2_000; // × 8 events
const MIXED_FAMILIES = quick ? 250 : 1_000; // × 24 events, + activities, donations, yearly set-up
const REBUILD_REPS = quick ? 2 : 3;
const rebuildOnly = process.argv.includes('--rebuild-only');
const PAGE = 1_000;

const workDir = mkdtempSync(path.join(os.tmpdir(), 'careledger-bench-'));
let fileCounter = 0;
const freshFile = () => path.join(workDir, `bench-${(fileCounter += 1)}.db`);

/** A visit-sized event (~400 bytes of JSON), different every time. */
function visitEvent(i: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'VisitRecorded',
    data: {
      visitId: `visit-${i}`,
      visitType: 'HOME',
      date: '2023-07-11',
      visitors: ['user-12', 'user-31'],
      caseIds: [`case-${i % 500}`],
      personsReached: 3,
      needsFound: ['medical', 'companionship'],
      aidCashFen: 50_000,
      aidGoods: 'rice 10kg, cooking oil 5L',
      fund: 'fund-2023-care',
    },
    metadata: {
      actorId: 'user-12',
      actorRole: 'caseworker',
      actorTownship: 'T03',
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: randomUUID(),
      businessDate: '2023-07-11',
      reason: null,
    },
    recordedAt: new Date(1_700_000_000_000 + i * 1000).toISOString(),
  };
}

const batches = (commits: number, perCommit: number): NewEvent[][] =>
  Array.from({ length: commits }, (_, c) => Array.from({ length: perCommit }, (_, j) => visitEvent(c * perCommit + j)));

/** Creates the adapter's schema (same table, indexes, triggers) and returns the file. */
async function schemaFile(): Promise<string> {
  const filename = freshFile();
  await openSqliteEventStore({ filename }).close();
  return filename;
}

async function adapterAppend(sync: Sync, work: NewEvent[][]): Promise<number> {
  const store = openSqliteEventStore({ filename: await schemaFile(), synchronous: sync });
  const started = performance.now();
  for (const [c, events] of work.entries()) await store.append(`visit-${c}`, events, { expectedRevision: 'no_stream' });
  const elapsed = performance.now() - started;
  await store.close();
  return elapsed;
}

async function rawAppend(sync: Sync, work: NewEvent[][]): Promise<number> {
  const db = new Database(await schemaFile());
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${sync}`);
  const insert = db.prepare(
    `INSERT INTO events (position, id, stream_id, stream_type, revision, type, schema_version, data, metadata,
                         recorded_at, prev_hash, hash) VALUES (?, ?, ?, 'visit', ?, ?, 1, ?, ?, ?, ?, ?)`,
  );
  const dummyHash = '0'.repeat(64);
  let position = 0;
  const commit = db.transaction((streamId: string, events: NewEvent[]) => {
    events.forEach((e, revision) => {
      position += 1;
      const data = JSON.stringify(e.data);
      const metadata = JSON.stringify(e.metadata);
      insert.run(position, e.id, streamId, revision, e.type, data, metadata, e.recordedAt, dummyHash, dummyHash);
    });
  });
  const started = performance.now();
  for (const [c, events] of work.entries()) commit.immediate(`visit-${c}`, events);
  const elapsed = performance.now() - started;
  db.close();
  return elapsed;
}

/** Fills a file with REPLAY_EVENTS events through the adapter (so hashes are real). */
async function replayFile(): Promise<string> {
  const filename = await schemaFile();
  const store = openSqliteEventStore({ filename, synchronous: 'NORMAL' });
  for (const [c, events] of batches(REPLAY_EVENTS / 10, 10).entries()) await store.append(`visit-${c}`, events);
  await store.close();
  return filename;
}

async function adapterReplay(filename: string): Promise<number> {
  const store = openSqliteEventStore({ filename });
  const started = performance.now();
  let fromPosition = 0;
  let seen = 0;
  for (;;) {
    const page = await store.readAll({ fromPosition, limit: PAGE });
    const last = page[page.length - 1];
    if (!last) break;
    seen += page.length;
    fromPosition = last.position;
  }
  const elapsed = performance.now() - started;
  await store.close();
  if (seen !== REPLAY_EVENTS) throw new Error(`replayed ${seen} of ${REPLAY_EVENTS}`);
  return elapsed;
}

function rawReplay(filename: string, parse: boolean): number {
  const db = new Database(filename, { readonly: true });
  const scan = db.prepare<[], { data: string; metadata: string }>(
    `SELECT position, id, stream_id, revision, type, schema_version, data, metadata, recorded_at, prev_hash, hash
       FROM events ORDER BY position`,
  );
  const started = performance.now();
  let seen = 0;
  for (const row of scan.iterate()) {
    if (parse) {
      JSON.parse(row.data);
      JSON.parse(row.metadata);
    }
    seen += 1;
  }
  const elapsed = performance.now() - started;
  db.close();
  if (seen !== REPLAY_EVENTS) throw new Error(`scanned ${seen} of ${REPLAY_EVENTS}`);
  return elapsed;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

interface Row {
  readonly name: string;
  readonly adapter: number;
  readonly raw: number;
}

/** Warm-up once, then REPS alternating rounds (adapter first on even rounds) so drift hits both. */
async function measure(
  name: string,
  events: number,
  adapter: () => Promise<number>,
  raw: () => Promise<number>,
): Promise<Row> {
  await adapter();
  await raw();
  const a: number[] = [];
  const r: number[] = [];
  for (let rep = 0; rep < REPS; rep += 1) {
    if (rep % 2 === 0) {
      a.push(await adapter());
      r.push(await raw());
    } else {
      r.push(await raw());
      a.push(await adapter());
    }
  }
  return { name, adapter: (events / median(a)) * 1000, raw: (events / median(r)) * 1000 };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const started = performance.now();
  for (const sync of rebuildOnly ? [] : (['FULL', 'NORMAL'] as const)) {
    for (const perCommit of [1, 10]) {
      const commits = perCommit === 1 ? COMMITS[sync] : Math.max(1, COMMITS[sync] / 5);
      const work = () => batches(commits, perCommit);
      rows.push(
        await measure(
          `append ${perCommit}/commit, ${sync}`,
          commits * perCommit,
          () => adapterAppend(sync, work()),
          () => rawAppend(sync, work()),
        ),
      );
    }
  }
  if (!rebuildOnly) {
    const replay = await replayFile();
    rows.push(
      await measure(`replay ${REPLAY_EVENTS} (pages ${PAGE})`, REPLAY_EVENTS, () => adapterReplay(replay), async () =>
        rawReplay(replay, false),
      ),
    );
    rows.push(
      await measure(`  vs raw scan + JSON.parse`, REPLAY_EVENTS, () => adapterReplay(replay), async () =>
        rawReplay(replay, true),
      ),
    );
  }
  for (const [kind, families] of [['care-case', REBUILD_FAMILIES], ['mixed', MIXED_FAMILIES]] as const) {
    const rebuild = await rebuildBench(kind, families, REBUILD_REPS);
    rows.push({ name: rebuild.name, adapter: rebuild.rebuild, raw: rebuild.raw });
  }

  const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(11);
  console.log(`\nevent store vs raw better-sqlite3 — median of ${REPS}, events/s (node ${process.version}, ${os.cpus().length} cpus)\n`);
  console.log(`${'case'.padEnd(32)}${'adapter'.padStart(11)}${'raw'.padStart(11)}   adapter/raw`);
  for (const row of rows) {
    console.log(`${row.name.padEnd(32)}${fmt(row.adapter)}${fmt(row.raw)}   ${(row.adapter / row.raw).toFixed(2).padStart(11)}`);
  }
  console.log(
    `\nrebuild: all ${allProjections.length} read models rebuilt (decrypting, as the live runner does) vs a raw scan of the same rows; median of ${REBUILD_REPS}`,
  );
  console.log('  care-case: case files only; mixed: + visits, activities, fund charges, subsidies, insurance, donations, targets');
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(workDir, { recursive: true, force: true }));
