import { deciderSpec } from '@careledger/domain-kernel';
import type { ExpenditureCategory } from './fund.vocabulary';
import { fundDecider } from './fund.decider';
import {
  allocationAdjusted,
  budgetAllocated,
  expenditureRecorded,
  expenditureReversed,
  fundId,
  recordExpenditure,
  reverseExpenditure,
} from './testing/fund.fixtures';

const spec = deciderSpec(fundDecider);
// 70,000 元 allocated; 65,000 元 spent → 5,000 元 (500,000 fen) left.
const mostlySpent = [budgetAllocated, expenditureRecorded('e-1', 6_500_000, { linkedStreamId: null })];

describe('RecordExpenditure', () => {
  it('records cash aid linked to the visit that handed it over', () => {
    spec
      .given([budgetAllocated])
      .when(recordExpenditure('e-1', 50_000))
      .then([expenditureRecorded('e-1', 50_000)]);
  });

  it('records bookkeeping without a linked stream, in any category', () => {
    const o = { category: 'PUBLIC' as const, linkedStreamId: null, description: '办公用品' };
    spec
      .given([budgetAllocated])
      .when(recordExpenditure('e-2', 12_000, o))
      .then([expenditureRecorded('e-2', 12_000, o)]);
  });

  it('may spend exactly what is left', () => {
    spec
      .given(mostlySpent)
      .when(recordExpenditure('e-2', 500_000))
      .then([expenditureRecorded('e-2', 500_000)]);
  });

  it('refuses to spend more than is left', () => {
    spec
      .given(mostlySpent)
      .when(recordExpenditure('e-2', 500_001))
      .thenThrows('INSUFFICIENT_FUNDS', {
        fundId,
        remainingFen: 500_000,
        requestedFen: 500_001,
        field: 'amountFen',
      });
  });

  it('counts adjustments and reversals in what is left', () => {
    spec
      .given([...mostlySpent, allocationAdjusted(-200_000)])
      .when(recordExpenditure('e-2', 300_001))
      .thenThrows('INSUFFICIENT_FUNDS', { remainingFen: 300_000 });
    spec
      .given([...mostlySpent, expenditureReversed('e-1')])
      .when(recordExpenditure('e-2', 7_000_000))
      .then([expenditureRecorded('e-2', 7_000_000)]);
  });

  it('refuses the second of two visits that raced on the same stale balance', () => {
    // Both visits were decided against fundRemainingFen = 500,000; each appends 400,000 here.
    const first = expenditureRecorded('e-visit-a', 400_000, { linkedStreamId: 'visit-a' });
    spec
      .given([...mostlySpent, first])
      .when(recordExpenditure('e-visit-b', 400_000, { linkedStreamId: 'visit-b' }))
      .thenThrows('INSUFFICIENT_FUNDS', { remainingFen: 100_000, requestedFen: 400_000 });
  });

  it('is already done when the same expenditure comes again, even once the money is gone', () => {
    spec.given(mostlySpent).when(recordExpenditure('e-1', 6_500_000, { linkedStreamId: null })).then([]);
  });

  it('refuses the same expenditure id with other details', () => {
    spec
      .given(mostlySpent)
      .when(recordExpenditure('e-1', 6_500_000, { linkedStreamId: 'visit-v-0002' }))
      .thenThrows('ALREADY_EXISTS', { kind: 'expenditure', expenditureId: 'e-1' });
  });

  it.each([
    ['nothing', 0, {}, 'amountFen'],
    ['a negative amount', -100, {}, 'amountFen'],
    ['an unknown category', 100, { category: 'TRAVEL' as ExpenditureCategory }, 'category'],
    ['a date in another year', 100, { spentOn: '2024-01-01' }, 'spentOn'],
    ['a blank description', 100, { description: '' }, 'description'],
    ['a blank linked stream (use null)', 100, { linkedStreamId: ' ' }, 'linkedStreamId'],
  ] as const)('refuses spending %s', (_what, amount, override, field) => {
    spec
      .given([budgetAllocated])
      .when(recordExpenditure('e-9', amount, override))
      .thenThrows('VALIDATION_FAILED', { field });
  });
});

describe('the families a charge reached', () => {
  const families = { caseIds: ['c-1', 'c-2', 'c-1'] };

  it('records them once each, and the reversal carries them too', () => {
    const recorded = expenditureRecorded('e-9', 50_000, { caseIds: ['c-1', 'c-2'] });
    spec.given([budgetAllocated]).when(recordExpenditure('e-9', 50_000, families)).then([recorded]);
    spec
      .given([budgetAllocated, recorded])
      .when(reverseExpenditure('e-9'))
      .then([{ type: 'ExpenditureReversed', data: { ...expenditureReversed('e-9').data, caseIds: ['c-1', 'c-2'] } }]);
  });

  it('treats the same charge resent with its families as done, and other families as a conflict', () => {
    const recorded = expenditureRecorded('e-9', 50_000, { caseIds: ['c-1', 'c-2'] });
    spec.given([budgetAllocated, recorded]).when(recordExpenditure('e-9', 50_000, families)).then([]);
    spec
      .given([budgetAllocated, recorded])
      .when(recordExpenditure('e-9', 50_000, { caseIds: ['c-3'] }))
      .thenThrows('ALREADY_EXISTS', { kind: 'expenditure' });
  });

  it('refuses a list that is not of case ids', () => {
    spec
      .given([budgetAllocated])
      .when(recordExpenditure('e-9', 50_000, { caseIds: [''] }))
      .thenThrows('VALIDATION_FAILED', { field: 'caseIds' });
  });
});

describe('ReverseExpenditure', () => {
  it('reverses a recorded expenditure with its reason', () => {
    spec.given(mostlySpent).when(reverseExpenditure('e-1')).then([expenditureReversed('e-1')]);
  });

  it('requires a reason', () => {
    spec
      .given(mostlySpent)
      .when(reverseExpenditure('e-1', '  '))
      .thenThrows('REASON_REQUIRED', { field: 'reason' });
  });

  it('refuses an unknown expenditure', () => {
    spec
      .given(mostlySpent)
      .when(reverseExpenditure('e-404'))
      .thenThrows('NOT_FOUND', { kind: 'expenditure', expenditureId: 'e-404' });
  });

  it('refuses to reverse twice', () => {
    spec
      .given([...mostlySpent, expenditureReversed('e-1')])
      .when(reverseExpenditure('e-1'))
      .thenThrows('INVALID_TRANSITION', { from: 'REVERSED', command: 'ReverseExpenditure' });
  });
});
