/**
 * Commands to a fund stream. Imperative, readonly plain data; ids and dates are chosen by the
 * caller (the decider has no clock and no id generator).
 */
import type { ExpenditureCategory } from './fund.vocabulary';

export type AllocateBudget = {
  readonly type: 'AllocateBudget';
  readonly data: {
    readonly fundId: string;
    readonly year: number;
    readonly code: string;
    readonly name: string;
    readonly purpose: string;
    readonly amountFen: number;
    readonly allocatedOn: string;
  };
};

export type ReceiveFunds = {
  readonly type: 'ReceiveFunds';
  readonly data: {
    readonly fundId: string;
    readonly receiptId: string;
    readonly amountFen: number;
    readonly receivedOn: string;
    readonly source: string;
  };
};

export type RecordExpenditure = {
  readonly type: 'RecordExpenditure';
  readonly data: {
    readonly fundId: string;
    readonly expenditureId: string;
    readonly category: ExpenditureCategory;
    readonly amountFen: number;
    readonly spentOn: string;
    readonly description: string;
    readonly linkedStreamId: string | null;
    /** The families a family's aid reached (ids only), so it shows on their timelines. */
    readonly caseIds?: readonly string[];
  };
};

export type ReverseExpenditure = {
  readonly type: 'ReverseExpenditure';
  readonly data: { readonly fundId: string; readonly expenditureId: string; readonly reason: string };
};

export type AdjustAllocation = {
  readonly type: 'AdjustAllocation';
  readonly data: {
    readonly fundId: string;
    readonly adjustmentId: string;
    readonly deltaFen: number;
    readonly adjustedOn: string;
    readonly reason: string;
  };
};

export type FundCommand =
  | AllocateBudget
  | ReceiveFunds
  | RecordExpenditure
  | ReverseExpenditure
  | AdjustAllocation;

export type FundCommandType = FundCommand['type'];
