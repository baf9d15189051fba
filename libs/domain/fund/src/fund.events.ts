/**
 * Events of a fund stream (`fund-<year>-<code>`). Past tense, readonly plain data, all money in
 * integer fen. No event holds personal data: a visit's cash aid is linked by stream id, and
 * descriptions name the purpose, not the family (the linked stream holds who was helped).
 */
import type { ExpenditureCategory } from './fund.vocabulary';

/** Opens the fund: there is no separate "FundOpened", a fund exists once it has a budget. */
export type BudgetAllocated = {
  readonly type: 'BudgetAllocated';
  readonly data: {
    /** `<year>-<code>`, e.g. '2023-care-action'; see `buildFundId`. */
    readonly fundId: string;
    readonly year: number;
    /** Lower-case kebab code, e.g. 'care-action' (生育关怀行动专项经费). */
    readonly code: string;
    readonly name: string;
    readonly purpose: string;
    readonly amountFen: number;
    readonly allocatedOn: string;
  };
};

export type FundsReceived = {
  readonly type: 'FundsReceived';
  readonly data: {
    readonly fundId: string;
    /** Chosen by the caller so that a retried receipt is recorded once. */
    readonly receiptId: string;
    readonly amountFen: number;
    readonly receivedOn: string;
    /** Who paid it in, e.g. '县财政局'. */
    readonly source: string;
  };
};

export type ExpenditureRecorded = {
  readonly type: 'ExpenditureRecorded';
  readonly data: {
    readonly fundId: string;
    readonly expenditureId: string;
    readonly category: ExpenditureCategory;
    /** Always > 0: a refund is an ExpenditureReversed, never a negative expenditure. */
    readonly amountFen: number;
    readonly spentOn: string;
    readonly description: string;
    /** The stream this spending belongs to, e.g. 'visit-v-0001'; `null` for plain bookkeeping. */
    readonly linkedStreamId: string | null;
    /**
     * The families the spending reached, when it paid a family's aid (a visit's cash): case ids
     * only, so it appears on their timelines from the moment it is recorded. Absent for plain
     * bookkeeping.
     */
    readonly caseIds?: readonly string[];
  };
};

/** Cancels an expenditure with its reason; the original stays in the history. */
export type ExpenditureReversed = {
  readonly type: 'ExpenditureReversed';
  readonly data: {
    readonly fundId: string;
    readonly expenditureId: string;
    readonly reason: string;
    /** The reversed expenditure's families, copied so the reversal shows where the charge did. */
    readonly caseIds?: readonly string[];
  };
};

export type AllocationAdjusted = {
  readonly type: 'AllocationAdjusted';
  readonly data: {
    readonly fundId: string;
    /** Chosen by the caller so that a retried adjustment is applied once. */
    readonly adjustmentId: string;
    /** Negative for a cut (调减), positive for an increase (追加). Never 0. */
    readonly deltaFen: number;
    readonly adjustedOn: string;
    readonly reason: string;
  };
};

export type FundEvent =
  | BudgetAllocated
  | FundsReceived
  | ExpenditureRecorded
  | ExpenditureReversed
  | AllocationAdjusted;

export type FundEventType = FundEvent['type'];
