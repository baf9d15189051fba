import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EventStore, NewEvent } from '@careledger/event-store';
import { openSqliteEventStore } from '@careledger/event-store-sqlite';
import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { openSqliteReadModels } from '../read-model/sqlite-read-models';
import { compareReadModels, type ReadModelComparison } from '../rebuild/compare-read-models';
import { rebuildReadModels } from '../rebuild/rebuild-read-models';
import { openRebuildTarget } from '../rebuild/rebuild-target';
import type { Projection } from '../runner/projection';
import { ProjectionRunner } from '../runner/projection-runner';

/**
 * What a projection's integration test needs, on real SQLite in a temporary folder: an event
 * store, migrated read models and a started runner over the projections under test.
 */
export interface ProjectionTestbed {
  readonly dir: string;
  readonly store: EventStore;
  readonly db: Kysely<ReadModelDatabase>;
  readonly runner: ProjectionRunner;
  /** Appends to a stream and waits until every projection has applied it; the position written. */
  append(streamId: string, events: readonly NewEvent[]): Promise<number>;
  /** Rebuilds the projections from the log into a fresh database and compares it with the live one. */
  rebuildAndCompare(projectionNames: readonly string[], options?: { readonly pageSize?: number }): Promise<ReadModelComparison>;
  close(): Promise<void>;
}

export interface TestbedOptions {
  readonly projections: readonly Projection[];
  /** Checkpoint time: fixed, so live and rebuilt rows can be compared. */
  readonly now?: () => string;
  readonly batchSize?: number;
}

export async function openProjectionTestbed(label: string, options: TestbedOptions): Promise<ProjectionTestbed> {
  const { projections } = options;
  const now = options.now ?? (() => '2024-01-01T00:00:00.000Z');
  const dir = mkdtempSync(path.join(os.tmpdir(), `careledger-${label}-`));
  const store = openSqliteEventStore({ filename: path.join(dir, 'events.sqlite'), synchronous: 'NORMAL' });
  const db = await openSqliteReadModels({ filename: path.join(dir, 'read-models.sqlite') });
  const runner = new ProjectionRunner({ store, db, projections, now, ...(options.batchSize ? { batchSize: options.batchSize } : {}) });
  await runner.start();
  let rebuilds = 0;
  return {
    dir,
    store,
    db,
    runner,
    async append(streamId, events) {
      const { position } = await store.append(streamId, events);
      if (!(await runner.waitForPosition(position, 5_000))) throw new Error(`the projections did not catch up with ${streamId}`);
      return position;
    },
    async rebuildAndCompare(projectionNames, rebuild = {}) {
      const target = await openRebuildTarget(path.join(dir, `rebuilt-${++rebuilds}.sqlite`));
      try {
        await rebuildReadModels({ store, projections, target, now, ...(rebuild.pageSize ? { pageSize: rebuild.pageSize } : {}) });
        return await compareReadModels(db, target, projectionNames);
      } finally {
        await target.destroy();
      }
    },
    async close() {
      await runner.stop();
      await db.destroy();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
