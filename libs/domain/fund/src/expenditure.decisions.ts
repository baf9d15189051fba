import { requireOneOf, requireReason, requireText, validationFailed } from '@careledger/domain-kernel';
import { assertPositiveFen } from './amounts';
import { alreadyExists, invalidTransition } from '@careledger/domain-kernel';
import type { RecordExpenditure, ReverseExpenditure } from './fund.commands';
import { expenditureNotFound, insufficientFunds } from './fund.errors';
import type { ExpenditureRecorded, ExpenditureReversed } from './fund.events';
import type { OpenFund } from './fund.state';
import { EXPENDITURE_CATEGORIES } from './fund.vocabulary';
import { assertDateInYear } from './fund-year';

/**
 * Spending from the fund, never beyond what it has left (allocated incl. adjustments − spent).
 *
 * This check is the authoritative one. A visit's decider checks its cash aid against a
 * `fundRemainingFen` the handler read from this fund a moment earlier; two visits can both pass
 * that check on the same stale balance. Each visit's aid is then appended here as an expenditure,
 * decided against this stream's own state and appended with its expected revision: the second
 * append conflicts, is retried on fresh state, and is refused with INSUFFICIENT_FUNDS if the money
 * is gone. So the fund can never go negative, whatever races elsewhere.
 */
export function recordExpenditure(data: RecordExpenditure['data'], fund: OpenFund): ExpenditureRecorded[] {
  const recorded: ExpenditureRecorded['data'] = {
    fundId: data.fundId,
    expenditureId: data.expenditureId,
    category: requireOneOf('category', data.category, EXPENDITURE_CATEGORIES),
    amountFen: assertPositiveFen('amountFen', data.amountFen),
    spentOn: assertDateInYear('spentOn', data.spentOn, fund.profile.year),
    description: requireText('description', data.description, { max: 500 }),
    linkedStreamId:
      data.linkedStreamId === null ? null : requireText('linkedStreamId', data.linkedStreamId, { max: 200 }),
    ...caseIdsOf(data.caseIds),
  };
  // Idempotence comes before the balance: a retry after the money ran out is still "done".
  const existing = fund.expenditures.get(data.expenditureId);
  if (existing) {
    const { status: _status, ...fields } = existing;
    // caseIds may be on either side only: a resend without them is not the same charge.
    const keys = new Set([...Object.keys(fields), 'caseIds'] as (keyof typeof fields)[]);
    const same = [...keys].every((k) => JSON.stringify(fields[k]) === JSON.stringify(recorded[k]));
    if (same) return [];
    throw alreadyExists('expenditure', { fundId: data.fundId, expenditureId: data.expenditureId });
  }
  const remainingFen = fund.ledger.allocatedFen - fund.ledger.spentFen;
  if (recorded.amountFen > remainingFen) {
    throw insufficientFunds(data.fundId, remainingFen, recorded.amountFen, 'amountFen');
  }
  return [{ type: 'ExpenditureRecorded', data: recorded }];
}

/** Nothing is deleted: a wrong expenditure is reversed with a reason and its money returns to the fund. */
export function reverseExpenditure(data: ReverseExpenditure['data'], fund: OpenFund): ExpenditureReversed[] {
  const reason = requireReason(data.reason);
  const { fundId, expenditureId } = data;
  const expenditure = fund.expenditures.get(expenditureId);
  if (!expenditure) throw expenditureNotFound(fundId, expenditureId);
  if (expenditure.status === 'REVERSED') {
    throw invalidTransition('REVERSED', 'ReverseExpenditure', { fundId, expenditureId });
  }
  const families = expenditure.caseIds && expenditure.caseIds.length > 0 ? { caseIds: expenditure.caseIds } : {};
  return [{ type: 'ExpenditureReversed', data: { fundId, expenditureId, reason, ...families } }];
}

/** Distinct non-empty case ids, or nothing at all (bookkeeping lines carry no `caseIds`). */
function caseIdsOf(caseIds: unknown): { readonly caseIds?: readonly string[] } {
  if (caseIds === undefined || caseIds === null) return {};
  if (!Array.isArray(caseIds) || caseIds.some((id) => typeof id !== 'string' || id.trim() === '')) {
    throw validationFailed('caseIds', 'caseIds must be a list of case ids');
  }
  const distinct = [...new Set(caseIds as string[])];
  return distinct.length > 0 ? { caseIds: distinct } : {};
}
