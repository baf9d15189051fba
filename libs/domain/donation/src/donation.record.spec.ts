import { deciderSpec } from '@careledger/domain-kernel';
import type { DonationChannel } from './donation.vocabulary';
import { donationDecider } from './donation.decider';
import { bankGift, donationRecorded, donationReversed, onlineBatch, recordDonation, year } from './testing/donation.fixtures';

const spec = deciderSpec(donationDecider);

describe('RecordDonation', () => {
  it("records the year's first donation, with trimmed text", () => {
    spec
      .given([])
      .when(recordDonation(onlineBatch, { source: ` ${onlineBatch.source} `, donationId: ` ${onlineBatch.donationId}` }))
      .then([donationRecorded(onlineBatch)]);
  });

  it('records further donations, a gift without matching funds among them', () => {
    spec.given([donationRecorded(onlineBatch)]).when(recordDonation(bankGift)).then([donationRecorded(bankGift)]);
  });

  it('accepts the first and the last day of the year', () => {
    spec.given([]).when(recordDonation(bankGift, { receivedOn: '2023-01-01' })).then([donationRecorded(bankGift, { receivedOn: '2023-01-01' })]);
    spec.given([]).when(recordDonation(bankGift, { receivedOn: '2023-12-31' })).then([donationRecorded(bankGift, { receivedOn: '2023-12-31' })]);
  });

  it('is already done when the same donation comes again', () => {
    spec.given([donationRecorded(onlineBatch)]).when(recordDonation(onlineBatch, { source: `${onlineBatch.source} ` })).then([]);
  });

  it('refuses the same donation id with other details', () => {
    const ids = { kind: 'donation', year, donationId: onlineBatch.donationId };
    spec.given([donationRecorded(onlineBatch)]).when(recordDonation(onlineBatch, { amountFen: 1 })).thenThrows('ALREADY_EXISTS', ids);
    spec.given([donationRecorded(onlineBatch)]).when(recordDonation(onlineBatch, { channel: 'CASH' })).thenThrows('ALREADY_EXISTS', ids);
  });

  it('refuses to record a reversed donation id again, even with the same details', () => {
    spec
      .given([donationRecorded(onlineBatch), donationReversed(onlineBatch)])
      .when(recordDonation(onlineBatch))
      .thenThrows('ALREADY_EXISTS', { kind: 'donation', donationId: onlineBatch.donationId });
  });

  it('refuses a donation for another year than the stream holds', () => {
    spec
      .given([donationRecorded(onlineBatch)])
      .when(recordDonation(bankGift, { year: 2024, receivedOn: '2024-01-05' }))
      .thenThrows('VALIDATION_FAILED', { field: 'year', expected: 2023 });
  });

  it.each([
    ['an amount of 0', { amountFen: 0 }, 'amountFen'],
    ['a negative amount', { amountFen: -100 }, 'amountFen'],
    ['a fractional amount', { amountFen: 100.5 }, 'amountFen'],
    ['negative matching funds', { matchingFen: -1 }, 'matchingFen'],
    ['fractional matching funds', { matchingFen: 0.5 }, 'matchingFen'],
    ['a day that is not a civil date', { receivedOn: '2023-02-30' }, 'receivedOn'],
    ['a day written another way', { receivedOn: '2023/05/20' }, 'receivedOn'],
    ['a day outside the year', { receivedOn: '2022-12-31' }, 'receivedOn'],
    ['an unknown channel', { channel: 'WECHAT' as DonationChannel }, 'channel'],
    ['an empty source', { source: '  ' }, 'source'],
    ['a blank donation id', { donationId: '' }, 'donationId'],
    ['a year that is not a campaign year', { year: 23 }, 'year'],
  ] as const)('refuses %s', (_what, override, field) => {
    spec.given([]).when(recordDonation(onlineBatch, override)).thenThrows('VALIDATION_FAILED', { field });
  });
});
