import { isFen } from '@careledger/domain-kernel';
import type { VisitState } from '@careledger/domain-visit';
import type { StandingCharge } from './charged-command.runner';

/** The fund line's description: names the visit (its stream), never the family. */
export const visitChargeDescription = (visitId: string): string => `走访慰问现金救助（visit-${visitId}）`;
export const activityChargeDescription = (activityId: string): string => `集体活动慰问金（activity-${activityId}）`;

/** A fund worth loading for a cash input: a positive amount and a fund named (else the decider refuses). */
export const chargedFund = (cashAidFen: unknown, fundId: unknown): string | null =>
  isFen(cashAidFen) && cashAidFen > 0 && typeof fundId === 'string' && fundId.trim() !== '' ? fundId.trim() : null;

/** What a visit should have charged as its stream says: its cash on its fund, nothing once voided. */
export function standingVisitCharge(visitId: string, state: VisitState): StandingCharge {
  const description = visitChargeDescription(visitId);
  if (state.status !== 'recorded' || state.visit.fundId === null) return { target: null, spentOn: '', description };
  const { fundId, cashAidFen, visitedOn } = state.visit;
  return { target: { fundId, amountFen: cashAidFen }, spentOn: visitedOn, description };
}
