import type { ExpenditureCategory, ExpenditureStatus } from './fund.vocabulary';
import { fundNotFound } from './fund.errors';

/**
 * The running figures of one fund, in fen. Kept incrementally by `evolve` (a fund sees hundreds
 * of expenditures a year) and read by the pure helpers in `fund-ledger.ts`.
 */
export type FundLedger = {
  /** The budget as allocated plus every adjustment. */
  readonly allocatedFen: number;
  readonly receivedFen: number;
  /** Recorded minus reversed expenditures. */
  readonly spentFen: number;
  readonly spentByCategory: Readonly<Record<ExpenditureCategory, number>>;
};

export type Expenditure = {
  readonly expenditureId: string;
  readonly category: ExpenditureCategory;
  readonly amountFen: number;
  readonly spentOn: string;
  readonly description: string;
  readonly linkedStreamId: string | null;
  readonly caseIds?: readonly string[];
  readonly status: ExpenditureStatus;
};

export type Receipt = { readonly amountFen: number; readonly receivedOn: string; readonly source: string };
export type Adjustment = { readonly deltaFen: number; readonly adjustedOn: string; readonly reason: string };

export type FundProfile = {
  readonly fundId: string;
  readonly year: number;
  readonly code: string;
  readonly name: string;
  readonly purpose: string;
  /** The first allocation as made; adjustments show in `ledger.allocatedFen`. */
  readonly amountFen: number;
  readonly allocatedOn: string;
};

export type InitialFund = { readonly status: 'initial' };
export type OpenFund = {
  readonly status: 'open';
  readonly profile: FundProfile;
  readonly ledger: FundLedger;
  readonly expenditures: ReadonlyMap<string, Expenditure>;
  // Kept (not just counted) so that a retried command can be told from a conflicting one.
  readonly receipts: ReadonlyMap<string, Receipt>;
  readonly adjustments: ReadonlyMap<string, Adjustment>;
};

export type FundState = InitialFund | OpenFund;

export const initialFundState = (): FundState => ({ status: 'initial' });

export const emptyLedger = (allocatedFen: number): FundLedger => ({
  allocatedFen,
  receivedFen: 0,
  spentFen: 0,
  spentByCategory: { PERSONNEL: 0, PUBLIC: 0, SPECIAL: 0 },
});

export function requireOpen(state: FundState, fundId: string): OpenFund {
  if (state.status === 'initial') throw fundNotFound(fundId);
  return state;
}
