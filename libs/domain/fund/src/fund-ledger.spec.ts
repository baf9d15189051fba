import { foldEvents } from '@careledger/domain-kernel';
import { fundDecider } from './fund.decider';
import type { FundEvent } from './fund.events';
import type { FundLedger } from './fund.state';
import { combineLedgers, formatBasisPoints, ledgerFigures, shareBasisPoints } from './fund-ledger';
import { budgetAllocated, expenditureRecorded, fundsReceived } from './testing/fund.fixtures';

const ledgerOf = (events: FundEvent[]): FundLedger => {
  const state = foldEvents(fundDecider, events);
  if (state.status !== 'open') throw new Error('fund not open');
  return state.ledger;
};

// The 2023 budget of the seed report (domain.md §5): basic spending 891,300 元 from the basic
// fund, 70,000 元 special from the care action fund; income 961,300 元; year-end balance 0.
const basicFund = ledgerOf([
  {
    type: 'BudgetAllocated',
    data: {
      ...budgetAllocated.data,
      fundId: '2023-basic',
      code: 'basic',
      name: '基本支出',
      amountFen: 89_130_000,
    },
  },
  fundsReceived({ amountFen: 89_130_000 }),
  expenditureRecorded('e-p', 53_390_000, { category: 'PERSONNEL', linkedStreamId: null }),
  expenditureRecorded('e-u', 35_740_000, { category: 'PUBLIC', linkedStreamId: null }),
]);
const careActionFund = ledgerOf([budgetAllocated, fundsReceived(), expenditureRecorded('e-s', 7_000_000)]);

describe('ledgerFigures', () => {
  it('reproduces the 2023 report: personnel 59.90 % and public 40.10 % of basic spending', () => {
    const figures = ledgerFigures(basicFund);
    expect(figures.basicSpentFen).toBe(89_130_000);
    expect(figures.basicSharesBp).toEqual({ PERSONNEL: 5990, PUBLIC: 4010 });
    expect(formatBasisPoints(figures.basicSharesBp.PERSONNEL)).toBe('59.90%');
  });

  it('adds up the year: income 961,300 元, spending by category, balance 0', () => {
    const year = ledgerFigures(combineLedgers([basicFund, careActionFund]));
    expect(year).toMatchObject({
      allocatedFen: 96_130_000,
      receivedFen: 96_130_000,
      spentFen: 96_130_000,
      spentByCategory: { PERSONNEL: 53_390_000, PUBLIC: 35_740_000, SPECIAL: 7_000_000 },
      basicSpentFen: 89_130_000,
      remainingFen: 0,
      balanceFen: 0,
      // 70,000 of 961,300 = 7.2817…% → 728
      categorySharesBp: { PERSONNEL: 5554, PUBLIC: 3718, SPECIAL: 728 },
    });
  });

  it('shows money left and cash not yet received separately', () => {
    const ledger = ledgerOf([
      budgetAllocated,
      fundsReceived({ amountFen: 1_000_000 }),
      expenditureRecorded('e', 1_500_000),
    ]);
    expect(ledgerFigures(ledger)).toMatchObject({ remainingFen: 5_500_000, balanceFen: -500_000 });
  });

  it('gives shares of 0 when nothing was spent', () => {
    expect(ledgerFigures(combineLedgers([])).basicSharesBp).toEqual({ PERSONNEL: 0, PUBLIC: 0 });
  });
});

describe('shareBasisPoints', () => {
  it.each([
    [1, 3, 3333],
    [2, 3, 6667],
    [1, 8, 1250],
    [1, 20_000, 1], // 0.5 bp rounds up
    [1, 20_001, 0],
    [7, 7, 10_000],
    [0, 5, 0],
  ])('%i of %i = %i bp, rounded half up', (part, whole, bp) => {
    expect(shareBasisPoints(part, whole)).toBe(bp);
  });

  it('stays exact for amounts whose product with 10000 exceeds safe integers', () => {
    expect(shareBasisPoints(Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER)).toBe(10_000);
  });

  it('refuses negative or fractional amounts', () => {
    expect(() => shareBasisPoints(-1, 10)).toThrow(RangeError);
    expect(() => shareBasisPoints(1.5, 10)).toThrow(RangeError);
  });
});

describe('formatBasisPoints', () => {
  it.each([
    [5990, '59.90%'],
    [5, '0.05%'],
    [10_000, '100.00%'],
    [-125, '-1.25%'],
  ])('%i → %s', (bp, text) => {
    expect(formatBasisPoints(bp)).toBe(text);
  });
});
