import { foldEvents } from '@careledger/domain-kernel';
import { fundDecider } from './fund.decider';
import type { FundEvent } from './fund.events';
import {
  allocationAdjusted,
  budgetAllocated,
  expenditureRecorded,
  expenditureReversed,
  fundsReceived,
} from './testing/fund.fixtures';

const fold = (events: FundEvent[]) => foldEvents(fundDecider, events);

describe('evolveFund', () => {
  it('starts from a fund that does not exist', () => {
    expect(fundDecider.initialState()).toEqual({ status: 'initial' });
  });

  it('keeps allocated, received and spent per category, net of reversals', () => {
    const state = fold([
      budgetAllocated,
      fundsReceived({ amountFen: 4_000_000 }),
      fundsReceived({ receiptId: 'r-2', amountFen: 3_000_000 }),
      allocationAdjusted(-500_000),
      expenditureRecorded('e-1', 100_000, { category: 'PERSONNEL' }),
      expenditureRecorded('e-2', 20_000, { category: 'SPECIAL' }),
      expenditureRecorded('e-3', 5_000, { category: 'SPECIAL' }),
      expenditureReversed('e-3'),
    ]);
    expect(state.status === 'open' && state.ledger).toEqual({
      allocatedFen: 6_500_000,
      receivedFen: 7_000_000,
      spentFen: 120_000,
      spentByCategory: { PERSONNEL: 100_000, PUBLIC: 0, SPECIAL: 20_000 },
    });
    expect(state.status === 'open' && state.expenditures.get('e-3')?.status).toBe('REVERSED');
    expect(state.status === 'open' && state.profile.amountFen).toBe(7_000_000);
  });

  it('leaves the state unchanged for events out of place instead of throwing', () => {
    expect(fold([fundsReceived()])).toEqual({ status: 'initial' });
    const open = fold([budgetAllocated, expenditureRecorded('e-1', 100)]);
    expect(fundDecider.evolve(open, budgetAllocated)).toBe(open);
    expect(fundDecider.evolve(open, expenditureReversed('e-404'))).toBe(open);
    const reversed = fundDecider.evolve(open, expenditureReversed('e-1'));
    expect(fundDecider.evolve(reversed, expenditureReversed('e-1'))).toBe(reversed);
  });
});
