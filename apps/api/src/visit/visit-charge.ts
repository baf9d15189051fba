import { isFen } from '@careledger/domain-kernel';
import type { VisitState } from '@careledger/domain-visit';
import type { StandingCharge } from './charged-command.runner';

/**
 * The fund line's description: what the money was for, never the family. The line's
 * linkedStreamId names the visit or activity, and the ledger shows that link beside it.
 */
export const VISIT_CHARGE_DESCRIPTION = '走访慰问现金救助';
export const ACTIVITY_CHARGE_DESCRIPTION = '集体活动慰问金';

/** A fund worth loading for a cash input: a positive amount and a fund named (else the decider refuses). */
export const chargedFund = (cashAidFen: unknown, fundId: unknown): string | null =>
  isFen(cashAidFen) && cashAidFen > 0 && typeof fundId === 'string' && fundId.trim() !== '' ? fundId.trim() : null;

/** What a visit should have charged as its stream says: its cash on its fund, nothing once voided. */
export function standingVisitCharge(visitId: string, state: VisitState): StandingCharge {
  const description = VISIT_CHARGE_DESCRIPTION;
  if (state.status !== 'recorded' || state.visit.fundId === null) return { target: null, spentOn: '', description };
  const { fundId, cashAidFen, visitedOn } = state.visit;
  return { target: { fundId, amountFen: cashAidFen }, spentOn: visitedOn, description };
}
