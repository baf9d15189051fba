import { addToDonationTotals, NO_DONATIONS, type DonationEvent } from '@careledger/domain-donation';
import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { newEvent } from '../testing/case-events.fixture';
import { openProjectionTestbed, type ProjectionTestbed } from '../testing/projection-testbed';
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
  let bed: ProjectionTestbed;
  let db: Kysely<ReadModelDatabase>;
  beforeAll(async () => {
    bed = await openProjectionTestbed('donations', { projections: donationProjections, batchSize: 2 });
    db = bed.db;
    await bed.append('donation-2022', year2022.map((e) => newEvent(e)));
    await bed.append('donation-2023', year2023.map((e) => newEvent(e, { actorId: 'county-officer' })));
  });
  afterAll(async () => {
    await bed.close();
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
    const comparison = await bed.rebuildAndCompare(['donations-list']);
    expect(comparison.tables.map((t) => [t.table, t.liveRows])).toEqual(expect.arrayContaining([['donation', 5]]));
    expect(comparison.equal).toBe(true);
  });
});
