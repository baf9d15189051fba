/**
 * Rebuild throughput: replaying a seeded log through every projection into fresh read models
 * (what `careledger rebuild` does) vs a raw `SELECT … ORDER BY position` scan of the same rows,
 * for two workloads (tools/bench/workload/workload.ts):
 *   care-case  each family's case file only (8 events a family): the case read models, the audit
 *              log and the report's case facts work; the other domains' read models idle;
 *   mixed      the same case files, plus per family a visit charged to the year's care action
 *              fund, a nursing-subsidy application through to payment, both members enrolled in
 *              the year's policy and a claim settled (24 events a family), per 25 families an
 *              activity with its fund charge and a donation batch, and per year the policy, the
 *              fund and performance targets: every read model, including the family links the
 *              audit log follows from a subsidy, claim or visit stream back to its case.
 * Run by `npm run bench` after the event-store cases (or alone: `… event-store.bench.ts
 * --rebuild-only`).
 *
 * Every payload comes from the domains' pure deciders (decide → evolve, as the API's command
 * path), appended through the platform's real store, so personal data is encrypted at rest and
 * the rebuild decrypts it, as the live runner does. Each rebuild opens the platform afresh, as
 * `careledger rebuild` does in its own process: the vault's cache of opened keys starts empty,
 * so every person's key is unwrapped again (a warm cache would flatter the number). One
 * warm-up, then REPS rebuilds, each into a new database file; median reported.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, openInfrastructure, systemClock, type AppConfig } from '@careledger/platform';
import { allProjections, openRebuildTarget, rebuildReadModels, type ReadModelDatabase } from '@careledger/projections';
import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { seedWorkload, type WorkloadKind } from './workload/workload';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export interface RebuildBenchRow {
  readonly name: string;
  readonly rebuild: number;
  readonly raw: number;
}

/** A seeded data directory (events.sqlite and its master key), closed again. */
export interface SeededLog {
  readonly config: AppConfig;
  readonly events: number;
}

/** Seeds a fresh `dataDir` with the workload through the platform's store, as the API writes. */
export async function seedLog(dataDir: string, kind: WorkloadKind, families: number): Promise<SeededLog> {
  const config = loadConfig({ DATA_DIR: dataDir, SQLITE_SYNCHRONOUS: 'NORMAL' });
  const infra = await openInfrastructure(config, systemClock, { startProjections: false });
  try {
    const hashIdNumber = (idNumber: string) => infra.vault.blindIndex('resident-id', idNumber);
    await seedWorkload({ kind, families, store: infra.store, hashIdNumber, subsidyRules: config.subsidyRules });
    return { config, events: (await infra.store.head()).position };
  } finally {
    await infra.close();
  }
}

/**
 * One full rebuild of `log` into a new read-model file, as `careledger rebuild` does; throws
 * unless every projection saw the whole log. `inspect` sees the rebuilt models before they go.
 */
export async function rebuildOnce(
  log: SeededLog,
  filename: string,
  inspect?: (target: Kysely<ReadModelDatabase>) => Promise<void>,
): Promise<number> {
  const infra = await openInfrastructure(log.config, systemClock, { startProjections: false });
  const target = await openRebuildTarget(filename);
  try {
    const started = performance.now();
    const result = await rebuildReadModels({ store: infra.store, projections: allProjections, target, now: () => '2024-01-01T00:00:00.000Z' });
    const elapsed = performance.now() - started;
    const failed = result.projections.find((p) => p.status === 'failed');
    if (failed) throw new Error(`rebuild: ${failed.name} failed at ${failed.failedPosition}: ${failed.error}`);
    if (result.events !== log.events) throw new Error(`rebuild read ${result.events} of ${log.events} events`);
    await inspect?.(target);
    return elapsed;
  } finally {
    await target.destroy();
    await infra.close();
    rmSync(filename, { force: true });
  }
}

/** The raw side: every column of every row, no parsing, no decryption. */
function rawScanOnce(log: SeededLog): number {
  const db = new Database(path.join(log.config.dataDir, 'events.sqlite'), { readonly: true });
  const scan = db.prepare(
    'SELECT position, id, stream_id, revision, type, schema_version, data, metadata, recorded_at, prev_hash, hash FROM events ORDER BY position',
  );
  const started = performance.now();
  let seen = 0;
  for (const _row of scan.iterate()) seen += 1;
  const elapsed = performance.now() - started;
  db.close();
  if (seen !== log.events) throw new Error(`scanned ${seen} of ${log.events}`);
  return elapsed;
}

/** Events/s of a full rebuild of the workload and of the raw scan of the same rows, medians of `reps` runs. */
export async function rebuildBench(kind: WorkloadKind, families: number, reps: number): Promise<RebuildBenchRow> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `careledger-bench-rebuild-${kind}-`));
  try {
    const log = await seedLog(dataDir, kind, families);
    let file = 0;
    const rebuild = () => rebuildOnce(log, path.join(dataDir, `rebuilt-${(file += 1)}.sqlite`));

    await rebuild();
    rawScanOnce(log);
    const rebuilds: number[] = [];
    const raws: number[] = [];
    for (let rep = 0; rep < reps; rep += 1) {
      rebuilds.push(await rebuild());
      raws.push(rawScanOnce(log));
    }
    return {
      name: `rebuild ${kind} ${log.events}`,
      rebuild: (log.events / median(rebuilds)) * 1000,
      raw: (log.events / median(raws)) * 1000,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
