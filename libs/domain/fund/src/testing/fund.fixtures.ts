import type {
  AdjustAllocation,
  AllocateBudget,
  ReceiveFunds,
  RecordExpenditure,
  ReverseExpenditure,
} from '../fund.commands';
import type {
  AllocationAdjusted,
  BudgetAllocated,
  ExpenditureRecorded,
  ExpenditureReversed,
  FundsReceived,
} from '../fund.events';

/**
 * Test data for fund specs: 辰溪's 2023 care action fund (生育关怀行动专项经费, 7 万元).
 * Commands and the events they produce are built side by side so a spec reads as one line.
 */
export const fundId = '2023-care-action';

export const allocateBudget: AllocateBudget = {
  type: 'AllocateBudget',
  data: {
    fundId,
    year: 2023,
    code: 'care-action',
    name: '生育关怀行动专项经费',
    purpose: '计生特殊家庭走访慰问、集中活动',
    amountFen: 7_000_000,
    allocatedOn: '2023-01-10',
  },
};

export const budgetAllocated: BudgetAllocated = { type: 'BudgetAllocated', data: allocateBudget.data };

type ReceiptFields = Omit<ReceiveFunds['data'], 'fundId'>;
const receipt = (o: Partial<ReceiptFields>): ReceiptFields => ({
  receiptId: 'r-1',
  amountFen: 7_000_000,
  receivedOn: '2023-02-01',
  source: '县财政局',
  ...o,
});
export const receiveFunds = (o: Partial<ReceiptFields> = {}): ReceiveFunds => ({
  type: 'ReceiveFunds',
  data: { fundId, ...receipt(o) },
});
export const fundsReceived = (o: Partial<ReceiptFields> = {}): FundsReceived => ({
  type: 'FundsReceived',
  data: { fundId, ...receipt(o) },
});

type ExpenditureFields = Omit<RecordExpenditure['data'], 'fundId' | 'expenditureId' | 'amountFen'>;
const expenditure = (o: Partial<ExpenditureFields>): ExpenditureFields => ({
  category: 'SPECIAL',
  spentOn: '2023-05-12',
  description: '端午节走访慰问金',
  linkedStreamId: 'visit-v-0001',
  ...o,
});
export const recordExpenditure = (
  expenditureId: string,
  amountFen: number,
  o: Partial<ExpenditureFields> = {},
): RecordExpenditure => ({
  type: 'RecordExpenditure',
  data: { fundId, expenditureId, amountFen, ...expenditure(o) },
});
export const expenditureRecorded = (
  expenditureId: string,
  amountFen: number,
  o: Partial<ExpenditureFields> = {},
): ExpenditureRecorded => ({
  type: 'ExpenditureRecorded',
  data: { fundId, expenditureId, amountFen, ...expenditure(o) },
});

export const reverseExpenditure = (expenditureId: string, reason = '重复录入'): ReverseExpenditure => ({
  type: 'ReverseExpenditure',
  data: { fundId, expenditureId, reason },
});
export const expenditureReversed = (expenditureId: string, reason = '重复录入'): ExpenditureReversed => ({
  type: 'ExpenditureReversed',
  data: { fundId, expenditureId, reason },
});

type AdjustmentFields = Omit<AdjustAllocation['data'], 'fundId' | 'deltaFen'>;
const adjustment = (o: Partial<AdjustmentFields>): AdjustmentFields => ({
  adjustmentId: 'adj-1',
  adjustedOn: '2023-09-01',
  reason: '县财政追加预算',
  ...o,
});
export const adjustAllocation = (deltaFen: number, o: Partial<AdjustmentFields> = {}): AdjustAllocation => ({
  type: 'AdjustAllocation',
  data: { fundId, deltaFen, ...adjustment(o) },
});
export const allocationAdjusted = (
  deltaFen: number,
  o: Partial<AdjustmentFields> = {},
): AllocationAdjusted => ({
  type: 'AllocationAdjusted',
  data: { fundId, deltaFen, ...adjustment(o) },
});
