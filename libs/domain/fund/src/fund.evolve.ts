import type { FundEvent } from './fund.events';
import type { Expenditure, FundLedger, FundState, OpenFund } from './fund.state';
import { emptyLedger } from './fund.state';

/**
 * Folds one event into the state. Total by design: events out of place (before the budget, or
 * naming an unknown expenditure) leave the state unchanged instead of throwing, so stored history
 * always replays.
 */
export function evolveFund(state: FundState, event: FundEvent): FundState {
  if (event.type === 'BudgetAllocated') {
    if (state.status !== 'initial') return state;
    const { amountFen, ...profile } = event.data;
    return {
      status: 'open',
      profile: { ...profile, amountFen },
      ledger: emptyLedger(amountFen),
      expenditures: new Map(),
      receipts: new Map(),
      adjustments: new Map(),
    };
  }
  return state.status === 'initial' ? state : evolveOpenFund(state, event);
}

function evolveOpenFund(fund: OpenFund, event: Exclude<FundEvent, { type: 'BudgetAllocated' }>): OpenFund {
  const { ledger } = fund;
  switch (event.type) {
    case 'FundsReceived': {
      const { receiptId, amountFen, receivedOn, source } = event.data;
      return {
        ...fund,
        ledger: { ...ledger, receivedFen: ledger.receivedFen + amountFen },
        receipts: new Map(fund.receipts).set(receiptId, { amountFen, receivedOn, source }),
      };
    }
    case 'ExpenditureRecorded': {
      const { fundId: _fundId, ...fields } = event.data;
      const expenditure: Expenditure = { ...fields, status: 'RECORDED' };
      return {
        ...fund,
        ledger: spend(ledger, expenditure, +1),
        expenditures: new Map(fund.expenditures).set(expenditure.expenditureId, expenditure),
      };
    }
    case 'ExpenditureReversed': {
      const expenditure = fund.expenditures.get(event.data.expenditureId);
      if (!expenditure || expenditure.status === 'REVERSED') return fund;
      return {
        ...fund,
        ledger: spend(ledger, expenditure, -1),
        expenditures: new Map(fund.expenditures).set(expenditure.expenditureId, {
          ...expenditure,
          status: 'REVERSED',
        }),
      };
    }
    case 'AllocationAdjusted': {
      const { adjustmentId, deltaFen, adjustedOn, reason } = event.data;
      return {
        ...fund,
        ledger: { ...ledger, allocatedFen: ledger.allocatedFen + deltaFen },
        adjustments: new Map(fund.adjustments).set(adjustmentId, { deltaFen, adjustedOn, reason }),
      };
    }
    default: {
      const _exhaustive: never = event;
      return fund;
    }
  }
}

function spend(ledger: FundLedger, { category, amountFen }: Expenditure, sign: 1 | -1): FundLedger {
  return {
    ...ledger,
    spentFen: ledger.spentFen + sign * amountFen,
    spentByCategory: {
      ...ledger.spentByCategory,
      [category]: ledger.spentByCategory[category] + sign * amountFen,
    },
  };
}
