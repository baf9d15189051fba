import { assertFen, requireText, validationFailed } from '@careledger/domain-kernel';
import { insufficientFunds } from './care-aid.errors';

/** Cash handed over, and the fund it is charged to: a fund is named exactly when cash is given. */
export type CashAid = { readonly cashAidFen: number; readonly fundId: string | null };

export function requireCashAid(input: {
  readonly cashAidFen: unknown;
  readonly fundId?: unknown;
}): CashAid {
  const cashAidFen = assertFen('cashAidFen', input.cashAidFen);
  if (cashAidFen === 0) {
    if (input.fundId !== null && input.fundId !== undefined) {
      const message = 'a fund is charged only when cash aid is given';
      throw validationFailed('fundId', message, { rule: 'noCashAid' });
    }
    return { cashAidFen, fundId: null };
  }
  return { cashAidFen, fundId: requireText('fundId', input.fundId ?? '', { max: 64 }) };
}

/**
 * Cash aid may not exceed what the fund has left (domain guide §4). The balance is another
 * stream's, so the handler reads it and passes it in the command as `fundRemainingFen`; this
 * decider cannot see it change. Two visits charging the same fund can therefore both pass here.
 * That is acceptable because this check is the early, friendly refusal, not the guarantee: the
 * fund stream's own decider re-checks its balance when the expenditure is appended to it, so the
 * fund never goes negative, and a refused expenditure surfaces to the user as the same
 * INSUFFICIENT_FUNDS for the record to be amended or voided.
 *
 * `alreadyChargedFen` is what this record already holds on the same fund: an amendment replaces
 * that charge rather than adding to it, so it is available again.
 */
export function assertFundCovers(aid: CashAid, fundRemainingFen: unknown, alreadyChargedFen = 0): void {
  if (aid.fundId === null) return;
  const remaining = assertFen('fundRemainingFen', fundRemainingFen);
  const available = remaining + alreadyChargedFen;
  if (aid.cashAidFen > available) throw insufficientFunds(aid.fundId, available, aid.cashAidFen);
}
