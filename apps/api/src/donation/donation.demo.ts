import type { DonationChannel } from '@careledger/domain-donation';
import { COUNTY_CONTEXT_ID, type DomainDemoSeed } from '../demo/demo-seed.types';
import { DEMO_USERS } from '../shared/actor';
import type { CommandContext } from '../shared/request-context';
import { RecordDonationCommand } from './record-donation.command';
import { ReverseDonationCommand } from './reverse-donation.command';

const county: CommandContext = {
  actor: DEMO_USERS.find((u) => u.id === COUNTY_CONTEXT_ID)!,
  correlationId: 'demo-seed',
};

type DemoGift = readonly [donationId: string, receivedOn: string, channel: DonationChannel, amountFen: number, matchingFen: number, source: string];

// The seed report: 71,811.16 元 in 2023 (含配捐), 26,848.57 元 in 2022.
export const DEMO_DONATION_TOTALS: Readonly<Record<number, number>> = { 2022: 2_684_857, 2023: 7_181_116 };

const GIFTS: readonly DemoGift[] = [
  ['2022-0529', '2022-05-29', 'ONLINE', 1_200_000, 0, '小善举·大爱心平台 2022年“5·29”会员活动日批次'],
  ['2022-0909', '2022-09-09', 'ONLINE', 984_857, 300_000, '小善举·大爱心平台 2022年“99公益日”批次（含企业配捐）'],
  ['2022-1220', '2022-12-20', 'BANK', 200_000, 0, '辰溪县爱心企业联合会'],
  ['2023-0529', '2023-05-29', 'ONLINE', 2_500_000, 1_000_000, '小善举·大爱心平台 2023年“5·29”会员活动日批次（含配捐）'],
  // Entered twice by mistake and reversed below: the total must not count it.
  ['2023-0529-dup', '2023-05-30', 'ONLINE', 2_500_000, 1_000_000, '小善举·大爱心平台 2023年“5·29”会员活动日批次（含配捐）'],
  ['2023-0909', '2023-09-09', 'ONLINE', 1_881_116, 800_000, '小善举·大爱心平台 2023年“99公益日”批次（含企业配捐）'],
  ['2023-1215', '2023-12-15', 'BANK', 1_000_000, 0, '辰溪县爱心企业联合会'],
];

/**
 * The online donations (小善举·大爱心) of 2022 and 2023 with the seed report's totals, one 2023
 * batch recorded twice and reversed. County records: no demo case is involved.
 */
export const seedDonationDemo: DomainDemoSeed = async (run) => {
  const id = (step: string) => `demo-donations-${step}`;
  for (const [key, receivedOn, channel, amountFen, matchingFen, source] of GIFTS) {
    const year = Number(receivedOn.slice(0, 4));
    const donationId = `demo-${key}`;
    await run(new RecordDonationCommand({ commandId: id(key), year, donationId, receivedOn, channel, amountFen, matchingFen, source }, county));
  }
  await run(
    new ReverseDonationCommand(
      { commandId: id('reverse-2023-0529-dup'), year: 2023, donationId: 'demo-2023-0529-dup', reason: '平台批次重复登记', businessDate: '2023-06-02' },
      county,
    ),
  );
};
