import { deciderSpec, foldEvents } from '@careledger/domain-kernel';
import { donationDecider } from './donation.decider';
import { addToDonationTotals, NO_DONATIONS } from './donation-totals';
import { bankGift, donationRecorded, donationReversed, onlineBatch, reverseDonation, year } from './testing/donation.fixtures';

const spec = deciderSpec(donationDecider);
const both = [donationRecorded(onlineBatch), donationRecorded(bankGift)];

describe('ReverseDonation', () => {
  it('reverses a donation with its reason, copying its amounts', () => {
    spec.given(both).when(reverseDonation(onlineBatch.donationId, ' 平台重复推送 ')).then([donationReversed(onlineBatch, '平台重复推送')]);
  });

  it('requires a reason', () => {
    spec.given(both).when(reverseDonation(onlineBatch.donationId, ' ')).thenThrows('REASON_REQUIRED', { field: 'reason' });
  });

  it('refuses an unknown donation, also in a year without donations', () => {
    const details = { kind: 'donation', year, donationId: 'nope' };
    spec.given(both).when(reverseDonation('nope')).thenThrows('NOT_FOUND', details);
    spec.given([]).when(reverseDonation('nope')).thenThrows('NOT_FOUND', details);
  });

  it('refuses to reverse twice', () => {
    spec
      .given([...both, donationReversed(bankGift)])
      .when(reverseDonation(bankGift.donationId))
      .thenThrows('INVALID_TRANSITION', { from: 'REVERSED', command: 'ReverseDonation', donationId: bankGift.donationId });
  });

  it('refuses a reversal sent to another year', () => {
    spec
      .given(both)
      .when({ type: 'ReverseDonation', data: { year: 2022, donationId: bankGift.donationId, reason: '错年' } })
      .thenThrows('VALIDATION_FAILED', { field: 'year' });
  });
});

describe('evolveDonationYear and the totals', () => {
  it('keeps reversed donations by id and leaves them out of the totals', () => {
    const history = [...both, donationReversed(bankGift)];
    const state = foldEvents(donationDecider, history);
    const donations = state.status === 'open' ? [...state.donations.values()] : [];
    expect(donations.map((d) => [d.donationId, d.status])).toEqual([
      [onlineBatch.donationId, 'RECORDED'],
      [bankGift.donationId, 'REVERSED'],
    ]);
    expect(history.reduce(addToDonationTotals, NO_DONATIONS)).toEqual({
      count: 1,
      amountFen: 1_234_567,
      matchingFen: 500_000,
      totalFen: 1_734_567,
    });
  });

  it('ignores a reversal of an unknown donation instead of throwing', () => {
    const reversal = donationReversed(bankGift);
    expect(donationDecider.evolve(donationDecider.initialState(), reversal)).toEqual({ status: 'initial' });
    const open = foldEvents(donationDecider, [donationRecorded(onlineBatch)]);
    expect(donationDecider.evolve(open, reversal)).toBe(open);
  });
});
