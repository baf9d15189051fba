import type { VisitEvent } from './visit.events';
import type { VisitState } from './visit.state';

/**
 * Folds one event into the state. Total by design: an event arriving in an unexpected status
 * (which the decider never emits) leaves the state unchanged instead of throwing.
 */
export function evolveVisit(state: VisitState, event: VisitEvent): VisitState {
  switch (event.type) {
    case 'VisitRecorded': {
      const { visitId: _visitId, ...visit } = event.data;
      return { status: 'recorded', visit };
    }
    case 'VisitAmended':
      if (state.status !== 'recorded') return state;
      return {
        status: 'recorded',
        visit: { ...state.visit, ...event.data.changes, caseIds: event.data.caseIds },
      };
    case 'VisitVoided':
      if (state.status !== 'recorded') return state;
      return { status: 'voided', visit: state.visit, voidReason: event.data.reason };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
