import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NewEvent } from '@careledger/event-store';
import { loadConfig, openInfrastructure, type Clock } from '@careledger/platform';
import Database from 'better-sqlite3';
import { run } from '../cli';
import { familyEvents, recorded } from './care-case-events';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export const FIXED_CLOCK: Clock = { now: () => new Date('2024-01-02T03:04:05.000Z') };

/**
 * A temp DATA_DIR populated through the platform's real store (care-case events, personal data
 * encrypted as the API would) with the live projections caught up, and the CLI run in process.
 */
export class CliFixture {
  readonly dataDir = mkdtempSync(path.join(os.tmpdir(), 'careledger-cli-'));
  readonly env = { DATA_DIR: this.dataDir, SQLITE_SYNCHRONOUS: 'NORMAL' };
  readonly caseIds: string[] = [];

  /** `families` case files, then a visit naming the first two: returns the head position. */
  async populate(families = 3): Promise<number> {
    return this.append(async (append) => {
      for (let n = 0; n < families; n += 1) {
        const caseId = `c${this.caseIds.length + 1}`;
        this.caseIds.push(caseId);
        await append(`case-${caseId}`, familyEvents(caseId, this.caseIds.length));
      }
      if (this.caseIds.length >= 2) {
        // A complete visit, as the visit decider records it: every projection reads it whole.
        const caseIds = this.caseIds.slice(0, 2);
        await append('visit-1', [
          recorded({
            type: 'VisitRecorded',
            data: {
              visitId: '1',
              visitType: 'HOME',
              visitedOn: '2023-06-01',
              township: 'CY',
              visitors: ['刘芳'],
              caseIds,
              personsReached: [],
              needsFound: [],
              followUp: null,
              cashAidFen: 0,
              fundId: null,
              goods: [],
            },
          }),
        ]);
      }
    });
  }

  /** Appends through the platform's store with the live runner on, and waits until it caught up. */
  async append(work: (append: (streamId: string, events: readonly NewEvent[]) => Promise<number>) => Promise<void>): Promise<number> {
    const infra = await openInfrastructure(loadConfig(this.env), FIXED_CLOCK, { startProjections: true });
    try {
      await work(async (streamId, events) => {
        return (await infra.store.append(streamId, events)).position;
      });
      const head = (await infra.store.head()).position;
      if (!(await infra.runner.waitForPosition(head, 10_000))) throw new Error('live projections did not catch up');
      return head;
    } finally {
      await infra.close();
    }
  }

  async cli(...argv: string[]): Promise<CliResult> {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      stderrIsTTY: false,
      env: this.env,
      cwd: this.dataDir,
      clock: FIXED_CLOCK,
    });
    return { code, stdout, stderr };
  }

  /** Edits the stored log the way someone with the file could: drop the append-only triggers first. */
  tamperEvents(statement: string, ...params: unknown[]): void {
    this.withDatabase('events.sqlite', (db) => {
      db.exec('DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;');
      db.prepare(statement).run(...params);
    });
  }

  withDatabase<T>(file: string, work: (db: Database.Database) => T): T {
    const db = new Database(path.join(this.dataDir, file));
    try {
      return work(db);
    } finally {
      db.close();
    }
  }

  dispose(): void {
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
