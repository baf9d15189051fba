import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addToDonationTotals, NO_DONATIONS, type DonationEvent } from '@careledger/domain-donation';
import type { EventStore } from '@careledger/event-store';
import { openSqliteEventStore } from '@careledger/event-store-sqlite';
import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { openSqliteReadModels } from '../read-model/sqlite-read-models';
import { compareReadModels } from '../rebuild/compare-read-models';
import { rebuildReadModels } from '../rebuild/rebuild-read-models';
import { openRebuildTarget } from '../rebuild/rebuild-target';
import { ProjectionRunner } from '../runner/projection-runner';
import { newEvent } from '../testing/case-events.fixture';
import { getDonationYear, listDonations } from './donations.queries';
import { donationProjections } from './donations.read-model';

const gift = (year: number, donationId: string, receivedOn: string, channel: string, amountFen: number, matchingFen: number): DonationEvent =>
  ({ type: 'DonationRecorded', data: { year, donationId, receivedOn, channel, amountFen, matchingFen, source: '小善举·大爱心平台' } }) as DonationEvent;

const year2023: DonationEvent[] = [
  gift(2023, 'a', '2023-03-01', 'ONLINE', 3_000_000, 1_000_000),
  gift(2023, 'b', '2023-06-01', 'BANK', 2_000_000, 0),
  gift(2023, 'c', '2023-06-01', 'ONLINE', 1_181_116, 0),
  gift(2023, 'd', '2023-09-09', 'CASH', 50_000, 0),
  { type: 'DonationReversed', data: { year: 2023, donationId: 'd', reason: '重复登记', amountFen: 50_000, matchingFen: 0 } },
  // Refused by the decider; if it were ever stored it must change nothing.
  { type: 'DonationReversed', data: { year: 2023, donationId: 'd', reason: '重复登记', amountFen: 50_000, matchingFen: 0 } },
];
const year2022: DonationEvent[] = [gift(2022, 'x', '2022-12-01', 'ONLINE', 2_684_857, 0)];

describe('donations read model (real SQLite)', () => {
  let dir: string;
  let store: EventStore;
  let db: Kysely<ReadModelDatabase>;
  let runner: ProjectionRunner;
  const now = () => '2024-01-01T00:00:00.000Z';
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'careledger-donations-'));
    store = openSqliteEventStore({ filename: path.join(dir, 'events.sqlite'), synchronous: 'NORMAL' });
    db = await openSqliteReadModels({ filename: path.join(dir, 'read-models.sqlite') });
    runner = new ProjectionRunner({ store, db, projections: donationProjections, now, batchSize: 2 });
    await runner.start();
    await store.append('donation-2022', year2022.map((e) => newEvent(e)));
    const { position } = await store.append('donation-2023', year2023.map((e) => newEvent(e, { actorId: 'county-officer' })));
    expect(await runner.waitForPosition(position, 5_000)).toBe(true);
  });
  afterAll(async () => {
    await runner.stop();
    await db.destroy();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("totals a year as the domain's fold does, reversals excluded", async () => {
    const expected = year2023.slice(0, 5).reduce(addToDonationTotals, NO_DONATIONS);
    expect(await getDonationYear(db, 2023)).toEqual(expected);
    expect(expected).toEqual({ count: 3, amountFen: 6_181_116, matchingFen: 1_000_000, totalFen: 7_181_116 });
    expect((await getDonationYear(db, 2022)).totalFen).toBe(2_684_857);
    expect(await getDonationYear(db, 2021)).toEqual(NO_DONATIONS);
  });

  it('lists newest day first, then newest in the log, keeping reversed rows marked', async () => {
    const all = await listDonations(db, { year: 2023 }, { first: 10 });
    expect(all.rows.map((r) => [r.donation_id, r.status, r.reversal_reason, r.actor_id])).toEqual([
      ['d', 'REVERSED', '重复登记', 'county-officer'],
      ['c', 'RECORDED', null, 'county-officer'],
      ['b', 'RECORDED', null, 'county-officer'],
      ['a', 'RECORDED', null, 'county-officer'],
    ]);
  });

  it('pages with cursors and filters by year and channel', async () => {
    const first = await listDonations(db, { year: 2023 }, { first: 2 });
    expect(first).toMatchObject({ totalCount: 4, hasNextPage: true, hasPreviousPage: false });
    const second = await listDonations(db, { year: 2023 }, { first: 2, after: first.rows[1]!.cursor });
    expect(second.rows.map((r) => r.donation_id)).toEqual(['b', 'a']);
    expect(second).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const online = await listDonations(db, { year: 2023, channel: 'ONLINE' }, { first: 10 });
    expect(online.rows.map((r) => r.donation_id)).toEqual(['c', 'a']);
    expect((await listDonations(db, {}, { first: 10 })).totalCount).toBe(5);
    await expect(listDonations(db, {}, { first: 1, after: 'not-a-cursor' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('rebuilds to exactly the live table', async () => {
    const target = await openRebuildTarget(path.join(dir, 'rebuilt.sqlite'));
    try {
      await rebuildReadModels({ store, projections: donationProjections, target, now });
      const comparison = await compareReadModels(db, target, ['donations-list']);
      expect(comparison.tables.map((t) => [t.table, t.liveRows])).toEqual(expect.arrayContaining([['donation', 5]]));
      expect(comparison.equal).toBe(true);
    } finally {
      await target.destroy();
    }
  });
});
