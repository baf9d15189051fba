import { deciderSpec } from '@careledger/domain-kernel';
import type { FundCommand } from './fund.commands';
import { fundDecider } from './fund.decider';
import {
  adjustAllocation,
  allocateBudget,
  allocationAdjusted,
  budgetAllocated,
  expenditureRecorded,
  fundId,
  fundsReceived,
  receiveFunds,
  recordExpenditure,
  reverseExpenditure,
} from './testing/fund.fixtures';

const spec = deciderSpec(fundDecider);
const allocate = (o: Partial<typeof allocateBudget.data>): FundCommand => ({
  type: 'AllocateBudget',
  data: { ...allocateBudget.data, ...o },
});

describe('AllocateBudget', () => {
  it('opens the fund with trimmed text', () => {
    spec.given([]).when(allocate({ name: ' 生育关怀行动专项经费 ' })).then([budgetAllocated]);
  });

  it('is already done when the same allocation comes again', () => {
    spec.given([budgetAllocated]).when(allocateBudget).then([]);
  });

  it('refuses a second, different allocation: changes go through AdjustAllocation', () => {
    spec
      .given([budgetAllocated])
      .when(allocate({ amountFen: 8_000_000 }))
      .thenThrows('ALREADY_EXISTS', { kind: 'fund', fundId });
  });

  it('allows an allocation of 0, to be raised later', () => {
    spec
      .given([])
      .when(allocate({ amountFen: 0 }))
      .then([{ type: 'BudgetAllocated', data: { ...budgetAllocated.data, amountFen: 0 } }]);
  });

  it.each([
    ['a negative amount', { amountFen: -1 }, 'amountFen'],
    ['an amount in fractions of a fen', { amountFen: 100.5 }, 'amountFen'],
    ['a date outside the fund year', { allocatedOn: '2022-12-31' }, 'allocatedOn'],
    ['an impossible date', { allocatedOn: '2023-02-29' }, 'allocatedOn'],
    ['a code that is not kebab-case', { code: 'Care Action', fundId: '2023-Care Action' }, 'code'],
    ['a fundId that is not <year>-<code>', { fundId: 'care-action-2023' }, 'fundId'],
    ['a year that is not a four-digit year', { year: 23, fundId: '23-care-action' }, 'year'],
    ['a blank purpose', { purpose: '  ' }, 'purpose'],
  ] as const)('refuses %s', (_what, override, field) => {
    spec.given([]).when(allocate(override)).thenThrows('VALIDATION_FAILED', { field });
  });
});

describe('any other command before the budget is allocated', () => {
  const commands: FundCommand[] = [
    receiveFunds(),
    recordExpenditure('e-1', 100),
    reverseExpenditure('e-1'),
    adjustAllocation(100),
  ];
  it.each(commands.map((c) => [c.type, c] as const))('%s is refused with NOT_FOUND', (_type, command) => {
    spec.given([]).when(command).thenThrows('NOT_FOUND', { kind: 'fund', fundId });
  });
});

describe('ReceiveFunds', () => {
  it('records money paid into the fund', () => {
    spec.given([budgetAllocated]).when(receiveFunds()).then([fundsReceived()]);
  });

  it('is already done when the same receipt comes again, and refuses a different one with its id', () => {
    spec.given([budgetAllocated, fundsReceived()]).when(receiveFunds()).then([]);
    spec
      .given([budgetAllocated, fundsReceived()])
      .when(receiveFunds({ amountFen: 1 }))
      .thenThrows('ALREADY_EXISTS', { kind: 'receipt', receiptId: 'r-1' });
  });

  it.each([
    ['nothing', { amountFen: 0 }, 'amountFen'],
    ['a date in the next year', { receivedOn: '2024-01-02' }, 'receivedOn'],
    ['a blank source', { source: ' ' }, 'source'],
  ] as const)('refuses receiving %s', (_what, override, field) => {
    spec.given([budgetAllocated]).when(receiveFunds(override)).thenThrows('VALIDATION_FAILED', { field });
  });
});

describe('AdjustAllocation', () => {
  const spent = [budgetAllocated, expenditureRecorded('e-1', 6_000_000)];

  it('raises the allocation', () => {
    spec.given([budgetAllocated]).when(adjustAllocation(500_000)).then([allocationAdjusted(500_000)]);
  });

  it('cuts the allocation down to exactly what is spent', () => {
    spec.given(spent).when(adjustAllocation(-1_000_000)).then([allocationAdjusted(-1_000_000)]);
  });

  it('refuses a cut below what is already spent', () => {
    spec
      .given(spent)
      .when(adjustAllocation(-1_000_001))
      .thenThrows('INSUFFICIENT_FUNDS', {
        remainingFen: 1_000_000,
        requestedFen: 1_000_001,
        field: 'deltaFen',
      });
  });

  it('counts earlier adjustments when cutting', () => {
    spec
      .given([...spent, allocationAdjusted(-400_000, { adjustmentId: 'adj-0' })])
      .when(adjustAllocation(-600_001))
      .thenThrows('INSUFFICIENT_FUNDS', { remainingFen: 600_000 });
  });

  it('requires a reason', () => {
    spec.given([budgetAllocated]).when(adjustAllocation(100, { reason: ' ' })).thenThrows('REASON_REQUIRED');
  });

  it.each([
    ['an adjustment of 0', 0, {}, 'deltaFen'],
    ['fractions of a fen', 0.5, {}, 'deltaFen'],
    ['a date outside the fund year', 100, { adjustedOn: '2024-01-01' }, 'adjustedOn'],
  ] as const)('refuses %s', (_what, delta, override, field) => {
    spec
      .given([budgetAllocated])
      .when(adjustAllocation(delta, override))
      .thenThrows('VALIDATION_FAILED', { field });
  });

  it('is already done when the same adjustment comes again, and refuses a different one with its id', () => {
    spec.given([budgetAllocated, allocationAdjusted(100)]).when(adjustAllocation(100)).then([]);
    spec
      .given([budgetAllocated, allocationAdjusted(100)])
      .when(adjustAllocation(200))
      .thenThrows('ALREADY_EXISTS', { kind: 'adjustment', adjustmentId: 'adj-1' });
  });
});
