import type { ClaimEvent } from './claim.events';
import type { ClaimState } from './claim.state';

/**
 * Folds one event into the claim state. Total: it replays stored history whose description was
 * erased, and leaves the state unchanged for an event out of place instead of throwing.
 */
export function evolveClaim(state: ClaimState, event: ClaimEvent): ClaimState {
  switch (event.type) {
    case 'ClaimReported': {
      if (state.status !== 'initial') return state;
      const { description: _description, ...claim } = event.data;
      return { status: 'reported', claim };
    }
    case 'ClaimDocumentsSubmitted': {
      if (state.status !== 'reported' && state.status !== 'documentsSubmitted') return state;
      const previous = state.status === 'documentsSubmitted' ? state.submissions : [];
      const { documents, submittedOn } = event.data;
      const submissions = [...previous, { documents, submittedOn }];
      return { status: 'documentsSubmitted', claim: state.claim, submissions };
    }
    case 'ClaimSentToInsurer': {
      if (state.status !== 'documentsSubmitted') return state;
      const { sentOn, insurerRef } = event.data;
      return { ...state, status: 'sent', sentOn, insurerRef };
    }
    case 'ClaimSettled': {
      if (state.status !== 'sent') return state;
      const { amountFen, settledOn } = event.data;
      return { status: 'settled', claim: state.claim, insurerRef: state.insurerRef, amountFen, settledOn };
    }
    case 'ClaimRejected': {
      if (state.status !== 'sent') return state;
      const { reason, rejectedOn } = event.data;
      return { status: 'rejected', claim: state.claim, insurerRef: state.insurerRef, reason, rejectedOn };
    }
    case 'ClaimWithdrawn':
      // Only before the insurer has decided; a second withdrawal keeps the first reason.
      if (state.status !== 'reported' && state.status !== 'documentsSubmitted' && state.status !== 'sent') {
        return state;
      }
      return { status: 'withdrawn', claim: state.claim, reason: event.data.reason };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
