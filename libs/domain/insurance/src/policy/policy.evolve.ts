import type { PolicyEvent } from './policy.events';
import type { EnrolmentPeriod, PolicyState } from './policy.state';

/**
 * Folds one event into the policy state. Total: events out of place (before the purchase, a
 * removal without an open period) leave the state unchanged instead of throwing.
 */
export function evolvePolicy(state: PolicyState, event: PolicyEvent): PolicyState {
  switch (event.type) {
    case 'PolicyPurchased':
      if (state.status !== 'initial') return state;
      return { status: 'purchased', terms: event.data, enrolments: new Map() };
    case 'MemberEnrolled': {
      if (state.status === 'initial') return state;
      const { caseId, personId, enrolledOn, coverageFrom } = event.data;
      const periods = state.enrolments.get(personId) ?? [];
      const period: EnrolmentPeriod = { caseId, enrolledOn, coverageFrom, removal: null };
      return { ...state, enrolments: new Map(state.enrolments).set(personId, [...periods, period]) };
    }
    case 'MemberRemoved': {
      if (state.status === 'initial') return state;
      const { personId, removedOn, reason, note } = event.data;
      const periods = state.enrolments.get(personId) ?? [];
      const last = periods.at(-1);
      if (!last || last.removal !== null) return state;
      const closed: EnrolmentPeriod = { ...last, removal: { removedOn, reason, note } };
      return {
        ...state,
        enrolments: new Map(state.enrolments).set(personId, [...periods.slice(0, -1), closed]),
      };
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
