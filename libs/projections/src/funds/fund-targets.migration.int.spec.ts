import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FundEvent, TargetEvent } from '@careledger/domain-fund';
import type { EventStore } from '@careledger/event-store';
import { openSqliteEventStore } from '@careledger/event-store-sqlite';
import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { openSqliteReadModels } from '../read-model/sqlite-read-models';
import { compareReadModels } from '../rebuild/compare-read-models';
import { rebuildReadModels } from '../rebuild/rebuild-read-models';
import { openRebuildTarget } from '../rebuild/rebuild-target';
import { ProjectionRunner } from '../runner/projection-runner';
import { newEvent } from '../testing/case-events.fixture';
import { getPerformanceTargets } from './fund-targets.queries';
import { fundProjections } from './funds.read-model';

const MIGRATION = '0012-fund-target-deviation';
const ADDED_COLUMNS = ['deviation_reason', 'deviation_explained_position', 'deviation_explained_at', 'deviation_explained_by'];
const REASON = '符合条件的走访户数少于预期';

const fund: FundEvent = {
  type: 'BudgetAllocated',
  data: { fundId: '2023-care-action', year: 2023, code: 'care-action', name: '关怀经费', purpose: '关怀', amountFen: 100_000, allocatedOn: '2023-01-10' },
};
const targets: TargetEvent[] = [
  { type: 'TargetSet', data: { year: 2023, indicatorId: 'visits', name: '走访', direction: 'AT_LEAST', value: 20, unit: 'COUNT', weight: 15, sourceQuery: 'visits.count' } },
  { type: 'TargetDeviationExplained', data: { year: 2023, indicatorId: 'visits', reason: REASON } },
];

/**
 * A data directory written before 0012: fund_target without the deviation columns, no EXPLAINED
 * history, and the funds-targets checkpoint already past the explanation (the projection skipped
 * it). Made by running today's code and taking away what 0012, the migrations after it and the
 * new projection added.
 */
function ageToBefore0012(filename: string): number {
  const raw = new Database(filename);
  // 0013: the first-event indexes back to 0005's.
  raw.exec('DROP INDEX case_timeline_stream_first; DROP INDEX audit_event_stream_first');
  raw.exec('CREATE INDEX case_timeline_stream ON case_timeline (stream_id, case_id)');
  raw.exec(`DELETE FROM fund_target_history WHERE kind = 'EXPLAINED'`);
  for (const column of ADDED_COLUMNS) raw.exec(`ALTER TABLE fund_target DROP COLUMN ${column}`);
  raw.prepare('DELETE FROM kysely_migration WHERE name >= ?').run(MIGRATION);
  raw.exec(`UPDATE projection_checkpoints SET skipped = 1 WHERE name = 'funds-targets'`);
  const checkpoint = raw.prepare<[], number>(`SELECT position FROM projection_checkpoints WHERE name = 'funds-targets'`).pluck().get();
  raw.close();
  return checkpoint!;
}

describe('migration 0012: fund_target keeps the deviation reason, also for data written before it', () => {
  let dir: string;
  let filename: string;
  let store: EventStore;
  let db: Kysely<ReadModelDatabase>;
  let head: number;
  let fundPosition: number;
  let agedCheckpoint: number;
  const now = () => '2024-01-01T00:00:00.000Z';

  async function project(): Promise<void> {
    const runner = new ProjectionRunner({ store, db, projections: fundProjections, now });
    await runner.start();
    expect(await runner.waitForPosition(head, 5_000)).toBe(true);
    await runner.stop();
  }
  const checkpoints = async () =>
    Object.fromEntries((await db.selectFrom('projection_checkpoints').select(['name', 'position']).execute()).map((r) => [r.name, Number(r.position)]));

  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'careledger-funds-migration-'));
    filename = path.join(dir, 'read-models.sqlite');
    store = openSqliteEventStore({ filename: path.join(dir, 'events.sqlite'), synchronous: 'NORMAL' });
    ({ position: fundPosition } = await store.append(`fund-${fund.data.fundId}`, [newEvent(fund)]));
    ({ position: head } = await store.append('target-2023', targets.map((e) => newEvent(e, { actorId: 'county-officer' }))));
    db = await openSqliteReadModels({ filename });
    await project();
    await db.destroy();
    agedCheckpoint = ageToBefore0012(filename);
  });
  afterEach(async () => {
    await db.destroy();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds the columns and has the funds-targets projection replay, leaving the other projections where they were', async () => {
    expect(agedCheckpoint).toBe(head);
    db = await openSqliteReadModels({ filename });
    const columns = (await db.introspection.getTables()).find((t) => t.name === 'fund_target')!.columns.map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(ADDED_COLUMNS));
    // Cleared, checkpoint gone: the runner starts it again from the first event.
    expect(await db.selectFrom('fund_target').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('fund_target_history').selectAll().execute()).toEqual([]);
    expect(await checkpoints()).toEqual({ 'funds-ledger': fundPosition });

    await project();
    const [explained] = (await store.readStream('target-2023')).filter((e) => e.type === 'TargetDeviationExplained');
    const [row] = await getPerformanceTargets(db, 2023);
    expect(row).toMatchObject({
      indicator_id: 'visits',
      deviation_reason: REASON,
      deviation_explained_position: explained!.position,
      deviation_explained_at: explained!.recordedAt,
      deviation_explained_by: 'county-officer',
    });
    expect(row!.history.map((h) => [h.kind, h.reason])).toEqual([
      ['SET', null],
      ['EXPLAINED', REASON],
    ]);
    expect(await checkpoints()).toEqual({ 'funds-ledger': fundPosition, 'funds-targets': head });
  });

  it('ends with exactly the tables a fresh rebuild makes', async () => {
    db = await openSqliteReadModels({ filename });
    await project();
    const fresh = await openRebuildTarget(path.join(dir, 'rebuilt.sqlite'));
    try {
      await rebuildReadModels({ store, projections: fundProjections, target: fresh, now });
      const comparison = await compareReadModels(db, fresh, ['funds-targets']);
      expect(comparison.tables.map((t) => [t.table, t.liveRows])).toEqual(
        expect.arrayContaining([['fund_target', 1], ['fund_target_history', 2]]),
      );
      expect(comparison.equal).toBe(true);
    } finally {
      await fresh.destroy();
    }
  });
});
