import { assertFen, requireReason, requireText, validationFailed } from '@careledger/domain-kernel';
import { assertNonZeroDeltaFen, assertPositiveFen } from './amounts';
import { alreadyExists } from '@careledger/domain-kernel';
import type { AdjustAllocation, AllocateBudget, ReceiveFunds } from './fund.commands';
import { insufficientFunds } from './fund.errors';
import type { AllocationAdjusted, BudgetAllocated, FundsReceived } from './fund.events';
import type { FundState, OpenFund } from './fund.state';
import { buildFundId } from './fund.stream';
import { assertBudgetYear, assertDateInYear } from './fund-year';

// Decisions about the money coming into a fund. Each checks the command's own fields first, then
// the rules against the state. `[]` = already satisfied (a retry of the same command).

const FUND_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function allocateBudget(data: AllocateBudget['data'], state: FundState): BudgetAllocated[] {
  const year = assertBudgetYear('year', data.year);
  const code = requireText('code', data.code, { max: 40 });
  if (!FUND_CODE.test(code)) {
    throw validationFailed('code', 'code must be lower-case letters and digits joined by hyphens');
  }
  if (data.fundId !== buildFundId(year, code)) {
    throw validationFailed('fundId', 'fundId must be <year>-<code>', { expected: buildFundId(year, code) });
  }
  const allocated: BudgetAllocated['data'] = {
    fundId: data.fundId,
    year,
    code,
    name: requireText('name', data.name, { max: 100 }),
    purpose: requireText('purpose', data.purpose, { max: 500 }),
    // 0 is allowed: a fund may be opened before its amount is known and raised by an adjustment.
    amountFen: assertFen('amountFen', data.amountFen),
    allocatedOn: assertDateInYear('allocatedOn', data.allocatedOn, year),
  };
  if (state.status === 'open') {
    const { profile } = state;
    const keys = Object.keys(allocated) as (keyof typeof allocated)[];
    const same = keys.every((k) => profile[k] === allocated[k]);
    if (same) return [];
    throw alreadyExists('fund', { fundId: data.fundId });
  }
  return [{ type: 'BudgetAllocated', data: allocated }];
}

export function receiveFunds(data: ReceiveFunds['data'], fund: OpenFund): FundsReceived[] {
  const amountFen = assertPositiveFen('amountFen', data.amountFen);
  const receivedOn = assertDateInYear('receivedOn', data.receivedOn, fund.profile.year);
  const source = requireText('source', data.source, { max: 200 });
  const existing = fund.receipts.get(data.receiptId);
  if (existing) {
    const same =
      existing.amountFen === amountFen && existing.receivedOn === receivedOn && existing.source === source;
    if (same) return [];
    throw alreadyExists('receipt', { fundId: data.fundId, receiptId: data.receiptId });
  }
  const { fundId, receiptId } = data;
  return [{ type: 'FundsReceived', data: { fundId, receiptId, amountFen, receivedOn, source } }];
}

/**
 * A cut may take back only what is unspent: the allocation never falls below what was spent, so
 * `remaining` stays ≥ 0. Refused with INSUFFICIENT_FUNDS (field 'deltaFen'), like spending too much.
 */
export function adjustAllocation(data: AdjustAllocation['data'], fund: OpenFund): AllocationAdjusted[] {
  const reason = requireReason(data.reason);
  const deltaFen = assertNonZeroDeltaFen('deltaFen', data.deltaFen);
  const adjustedOn = assertDateInYear('adjustedOn', data.adjustedOn, fund.profile.year);
  const existing = fund.adjustments.get(data.adjustmentId);
  if (existing) {
    const same =
      existing.deltaFen === deltaFen && existing.adjustedOn === adjustedOn && existing.reason === reason;
    if (same) return [];
    throw alreadyExists('adjustment', { fundId: data.fundId, adjustmentId: data.adjustmentId });
  }
  const remainingFen = fund.ledger.allocatedFen - fund.ledger.spentFen;
  if (deltaFen < 0 && -deltaFen > remainingFen) {
    throw insufficientFunds(data.fundId, remainingFen, -deltaFen, 'deltaFen');
  }
  const { fundId, adjustmentId } = data;
  return [{ type: 'AllocationAdjusted', data: { fundId, adjustmentId, deltaFen, adjustedOn, reason } }];
}
