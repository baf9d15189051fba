/**
 * Rebuild throughput: replaying N care-case events through every projection into fresh read
 * models (what `careledger rebuild` does) vs a raw `SELECT … ORDER BY position` scan of the same
 * rows. Run by `npm run bench` after the event-store cases (or alone: `… event-store.bench.ts
 * --rebuild-only`).
 *
 * The events come through the platform's real store, so personal data is encrypted at rest and
 * the rebuild decrypts it, as the live runner does. Each rebuild opens the platform afresh, as
 * `careledger rebuild` does in its own process: the vault's cache of opened keys starts empty,
 * so every person's key is unwrapped again (a warm cache would flatter the number). One
 * warm-up, then REPS rebuilds, each into a new database file; median reported.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NewEvent } from '@careledger/event-store';
import { loadConfig, openInfrastructure, systemClock } from '@careledger/platform';
import { allProjections, openRebuildTarget, rebuildReadModels } from '@careledger/projections';
import Database from 'better-sqlite3';

const EVENTS_PER_FAMILY = 8;

function family(n: number): NewEvent[] {
  const caseId = `case-${n}`;
  const commandId = randomUUID();
  const meta = { actorId: 'user-12', actorRole: 'caseworker', actorTownship: 'CX-XP', commandId, correlationId: commandId, causationId: commandId, businessDate: '2023-07-11', reason: null };
  const at = (i: number) => new Date(1_700_000_000_000 + (n * EVENTS_PER_FAMILY + i) * 1000).toISOString();
  const event = (i: number, type: string, data: Record<string, unknown>): NewEvent => ({ id: randomUUID(), type, data, metadata: meta, recordedAt: at(i) });
  const member = (i: number, personId: string, name: string, relation: string) =>
    event(i, 'MemberRegistered', {
      caseId, personId, name, idNumber: '43122319650412031X', idNumberHash: `h-${personId}`, idNumberTail: '031X',
      relation, sex: 'MALE', birthDate: '1965-04-12', phone: '13812345678',
    });
  return [
    event(0, 'CaseOpened', { caseId, category: 'BEREAVED', township: 'CX-XP', village: '长田湾村', address: `长田湾村${n % 12}组`, openedOn: '2023-03-01' }),
    member(1, `${caseId}-a`, '张建国', 'HEAD'),
    member(2, `${caseId}-b`, '李秀英', 'SPOUSE'),
    event(3, 'ContactAssigned', { caseId, role: 'TOWNSHIP', name: '王芳', phone: '0745-1234567' }),
    event(4, 'ContactAssigned', { caseId, role: 'VILLAGE', name: '赵强', phone: null }),
    event(5, 'CaseNoteAdded', { caseId, noteId: randomUUID(), text: '上门走访，了解家庭情况' }),
    event(6, 'MemberDetailsCorrected', { caseId, personId: `${caseId}-a`, changes: { phone: '13912345678' } }),
    event(7, 'CategoryChanged', { caseId, from: 'BEREAVED', to: 'HARDSHIP' }),
  ];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export interface RebuildBenchRow {
  readonly name: string;
  readonly rebuild: number;
  readonly raw: number;
}

/** Events/s of a full rebuild and of the raw scan, medians of `reps` runs. */
export async function rebuildBench(families: number, reps: number): Promise<RebuildBenchRow> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'careledger-bench-rebuild-'));
  try {
    const config = loadConfig({ DATA_DIR: dataDir, SQLITE_SYNCHRONOUS: 'NORMAL' });
    const open = () => openInfrastructure(config, systemClock, { startProjections: false });
    const seeding = await open();
    let events: number;
    try {
      for (let n = 0; n < families; n += 1) await seeding.store.append(`case-${n}`, family(n), { expectedRevision: 'no_stream' });
      events = (await seeding.store.head()).position;
    } finally {
      await seeding.close();
    }

    let file = 0;
    const rebuildOnce = async () => {
      const filename = path.join(dataDir, `rebuilt-${(file += 1)}.sqlite`);
      const infra = await open();
      const target = await openRebuildTarget(filename);
      try {
        const started = performance.now();
        const result = await rebuildReadModels({ store: infra.store, projections: allProjections, target, now: () => '2024-01-01T00:00:00.000Z' });
        const elapsed = performance.now() - started;
        if (result.events !== events || result.projections.some((p) => p.status === 'failed')) throw new Error('rebuild incomplete');
        return elapsed;
      } finally {
        await target.destroy();
        await infra.close();
        rmSync(filename, { force: true });
      }
    };
    const rawOnce = () => {
      const db = new Database(path.join(dataDir, 'events.sqlite'), { readonly: true });
      const scan = db.prepare(
        'SELECT position, id, stream_id, revision, type, schema_version, data, metadata, recorded_at, prev_hash, hash FROM events ORDER BY position',
      );
      const started = performance.now();
      let seen = 0;
      for (const _row of scan.iterate()) seen += 1;
      const elapsed = performance.now() - started;
      db.close();
      if (seen !== events) throw new Error(`scanned ${seen} of ${events}`);
      return elapsed;
    };

    await rebuildOnce();
    rawOnce();
    const rebuilds: number[] = [];
    const raws: number[] = [];
    for (let rep = 0; rep < reps; rep += 1) {
      rebuilds.push(await rebuildOnce());
      raws.push(rawOnce());
    }
    return {
      name: `rebuild ${events} (${allProjections.length} projections)`,
      rebuild: (events / median(rebuilds)) * 1000,
      raw: (events / median(raws)) * 1000,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
