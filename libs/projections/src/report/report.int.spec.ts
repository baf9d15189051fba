import type { EventStore } from '@careledger/event-store';
import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { openProjectionTestbed, type ProjectionTestbed } from '../testing/projection-testbed';
import { newEvent } from '../testing/case-events.fixture';
import { aggregateReport } from './report.aggregate';
import { caseOpened, subsidyApplied } from './report.fixture';
import { getReportFacts, replayReportFacts } from './report.queries';
import { REPORT_FACTS_PROJECTION } from './report.projection';
import { reportProjections } from './report.read-model';

type Entry = readonly [string, string, Record<string, unknown>];

/** Appends each entry to its stream, in order; returns the position of the last. */
async function appendAll(store: EventStore, entries: readonly Entry[]): Promise<number> {
  let position = 0;
  for (const [streamId, type, data] of entries) position = (await store.append(streamId, [newEvent({ type, data })])).position;
  return position;
}

const donate = (year: number, id: string, amountFen: number, matchingFen: number): Entry => [
  `donation-${year}`, 'DonationRecorded', { year, donationId: id, receivedOn: `${year}-06-01`, channel: 'ONLINE', amountFen, matchingFen, source: '小善举·大爱心平台' },
];

describe('report facts (real SQLite: live projection, replay to a position, rebuild)', () => {
  let bed: ProjectionTestbed;
  let store: EventStore;
  let db: Kysely<ReadModelDatabase>;
  let middle: number;
  let head: number;
  beforeAll(async () => {
    bed = await openProjectionTestbed('report', { projections: reportProjections, batchSize: 3 });
    ({ store, db } = bed);
    middle = await appendAll(store, [
      caseOpened('c1', 'CY'),
      ...subsidyApplied('a', 'c1', 'p1', 100_000),
      ['subsidy-a', 'PaymentIssued', { applicationId: 'a', batchId: 'b1', period: '202304', amountFen: 100_000, issuedOn: '2023-04-20' }],
      donate(2022, 'd0', 2_684_857, 0),
      donate(2023, 'd1', 7_000_000, 181_116),
      // Of no interest to the report: skipped.
      ['case-c1', 'CaseNoteAdded', { caseId: 'c1', noteId: 'n1', text: '回访' }],
    ]);
    head = await appendAll(store, [
      ['subsidy-a', 'PaymentFailed', { applicationId: 'a', reason: '销户', failedOn: '2023-04-25' }],
      donate(2023, 'd2', 1_000, 0),
      ['donation-2023', 'DonationReversed', { year: 2023, donationId: 'd2', reason: '退款', amountFen: 1_000, matchingFen: 0 }],
    ]);
    expect(await bed.runner.waitForPosition(head, 5_000)).toBe(true);
  });
  afterAll(async () => {
    await bed.close();
  });

  it('gives the same facts and figures live and replayed from the log', async () => {
    const live = await getReportFacts(db);
    expect(live.position).toBe(head);
    const replayed = await replayReportFacts(store, head);
    expect(live.facts).toEqual(replayed);
    expect(aggregateReport(live.facts, 2023, null)).toEqual(aggregateReport(replayed, 2023, null));
    expect(aggregateReport(live.facts, 2023, null).figures).toMatchObject({
      'nursingSubsidy.personTimes': 0,
      'donations.totalFen': 7_181_116,
      'donations.previousYearTotalFen': 2_684_857,
    });
  });

  it('replays to a past position: the failed payment and the reversed donation not yet there', async () => {
    const past = aggregateReport(await replayReportFacts(store, middle), 2023, null);
    expect(past.figures).toMatchObject({ 'nursingSubsidy.personTimes': 1, 'nursingSubsidy.issuedFen': 100_000, 'donations.totalFen': 7_181_116 });
    expect(past.contributions['nursingSubsidy.issuedFen']![0]!.positions).toEqual([2, 3, 4, 5]);
    const withD2 = aggregateReport(await replayReportFacts(store, head - 1), 2023, null);
    expect(withD2.figures['donations.totalFen']).toBe(7_182_116);
  });

  it('rebuilds to exactly the live table', async () => {
    const comparison = await bed.rebuildAndCompare([REPORT_FACTS_PROJECTION]);
    expect(comparison.tables.map((t) => [t.table, t.liveRows])).toEqual(expect.arrayContaining([['report_fact', 5]]));
    expect(comparison.equal).toBe(true);
  });
});
