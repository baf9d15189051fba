import type { RecordDonation, ReverseDonation } from '../donation.commands';
import type { DonationRecorded, DonationReversed } from '../donation.events';

/**
 * Test data for donation specs: gifts of 辰溪's 2023 小善举·大爱心 campaign. Commands and the
 * events they produce are built side by side so a spec reads as one line.
 */
export const year = 2023;

type RecordData = RecordDonation['data'];

export const onlineBatch: RecordData = {
  year,
  donationId: 'd-2023-05',
  receivedOn: '2023-05-20',
  channel: 'ONLINE',
  amountFen: 1_234_567,
  matchingFen: 500_000,
  source: '小善举·大爱心平台 2023年5月批次',
};

export const bankGift: RecordData = {
  year,
  donationId: 'd-2023-bank-1',
  receivedOn: '2023-09-01',
  channel: 'BANK',
  amountFen: 200_000,
  matchingFen: 0,
  source: '辰溪县某商会',
};

export const recordDonation = (data: RecordData, o: Partial<RecordData> = {}): RecordDonation => ({
  type: 'RecordDonation',
  data: { ...data, ...o },
});

export const donationRecorded = (data: RecordData, o: Partial<RecordData> = {}): DonationRecorded => ({
  type: 'DonationRecorded',
  data: { ...data, ...o },
});

export const reverseDonation = (donationId: string, reason = '重复登记'): ReverseDonation => ({
  type: 'ReverseDonation',
  data: { year, donationId, reason },
});

export const donationReversed = (data: RecordData, reason = '重复登记'): DonationReversed => ({
  type: 'DonationReversed',
  data: { year, donationId: data.donationId, reason, amountFen: data.amountFen, matchingFen: data.matchingFen },
});
