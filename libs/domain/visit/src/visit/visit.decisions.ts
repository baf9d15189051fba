import { requireReason } from '@careledger/domain-kernel';
import { visitAlreadyExists, visitVoided } from '../shared/care-aid.errors';
import { assertFundCovers } from '../shared/cash-aid';
import { sameValue } from '../shared/same-value';
import type { AmendVisit, RecordVisit, VoidVisit } from './visit.commands';
import type { VisitAmended, VisitDetails, VisitRecorded, VisitVoided } from './visit.events';
import type { ExistingVisit, RecordedVisit, VisitState } from './visit.state';
import { validateVisitDetails } from './visit-details';

type Changes = { -readonly [K in keyof VisitDetails]?: VisitDetails[K] };
const DETAIL_FIELDS = [
  'visitType',
  'visitedOn',
  'township',
  'visitors',
  'caseIds',
  'personsReached',
  'needsFound',
  'followUp',
  'cashAidFen',
  'fundId',
  'goods',
] as const satisfies readonly (keyof VisitDetails)[];

// Each decision validates the command's fields first, then the rules against the state, and
// checks the fund last: a retried command finds its own charge already counted in the balance.

export function recordVisit(data: RecordVisit['data'], state: VisitState): VisitRecorded[] {
  const details = validateVisitDetails(data);
  if (state.status !== 'initial') {
    // The same recording again (a lost response, a double click) is already done.
    if (sameValue(state.visit, details)) return [];
    throw visitAlreadyExists(data.visitId);
  }
  assertFundCovers(details, data.fundRemainingFen);
  return [{ type: 'VisitRecorded', data: { visitId: data.visitId, ...details } }];
}

export function amendVisit(data: AmendVisit['data'], { visit }: RecordedVisit): VisitAmended[] {
  const reason = requireReason(data.reason);
  const input = data.changes;
  const cashAidFen = input.cashAidFen ?? visit.cashAidFen;
  // Taking the cash away releases the fund unless the amendment names one (which is refused).
  const fundId = input.fundId !== undefined ? input.fundId : cashAidFen === 0 ? null : visit.fundId;
  const next = validateVisitDetails({ ...visit, ...withoutUndefined(input), cashAidFen, fundId });

  const changes: Changes = {};
  for (const field of DETAIL_FIELDS) {
    if (!sameValue(next[field], visit[field])) Object.assign(changes, { [field]: next[field] });
  }
  if (Object.keys(changes).length === 0) return [];

  if (changes.cashAidFen !== undefined || changes.fundId !== undefined) {
    // This visit's current charge is available again only if it sits on the same fund.
    const alreadyCharged = visit.fundId === next.fundId ? visit.cashAidFen : 0;
    assertFundCovers(next, data.fundRemainingFen, alreadyCharged);
  }
  return [{ type: 'VisitAmended', data: { visitId: data.visitId, caseIds: next.caseIds, changes, reason } }];
}

/**
 * Voiding twice with the same reason is a retry and returns `[]`. With another reason it is
 * someone else's second void, refused with VISIT_VOIDED so their reason is not silently dropped.
 */
export function voidVisit(data: VoidVisit['data'], state: ExistingVisit): VisitVoided[] {
  const reason = requireReason(data.reason);
  if (state.status === 'voided') {
    if (state.voidReason === reason) return [];
    throw visitVoided(data.visitId);
  }
  const { caseIds, cashAidFen, fundId } = state.visit;
  return [{ type: 'VisitVoided', data: { visitId: data.visitId, caseIds, reason, cashAidFen, fundId } }];
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
