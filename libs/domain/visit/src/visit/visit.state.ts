import { visitNotFound, visitVoided } from '../shared/care-aid.errors';
import type { VisitDetails } from './visit.events';

export type InitialVisit = { readonly status: 'initial' };
export type RecordedVisit = { readonly status: 'recorded'; readonly visit: VisitDetails };
/** A voided visit keeps its details: the timeline still shows what was recorded, struck through. */
export type VoidedVisit = {
  readonly status: 'voided';
  readonly visit: VisitDetails;
  readonly voidReason: string;
};

export type VisitState = InitialVisit | RecordedVisit | VoidedVisit;
/** A visit that exists, voided or not. */
export type ExistingVisit = RecordedVisit | VoidedVisit;

export const initialVisitState = (): VisitState => ({ status: 'initial' });

export function requireExisting(state: VisitState, visitId: string): ExistingVisit {
  if (state.status === 'initial') throw visitNotFound(visitId);
  return state;
}

export function requireRecorded(state: VisitState, visitId: string): RecordedVisit {
  const existing = requireExisting(state, visitId);
  if (existing.status === 'voided') throw visitVoided(visitId);
  return existing;
}
