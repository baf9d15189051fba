import type { ClaimState } from './claim.state';

/**
 * For the annual report's "claims in progress" (辰溪 2023: 14): reported, documents submitted or
 * sent to the insurer, i.e. neither settled, rejected nor withdrawn.
 */
export function claimIsInProgress(state: ClaimState): boolean {
  switch (state.status) {
    case 'reported':
    case 'documentsSubmitted':
    case 'sent':
      return true;
    case 'initial':
    case 'settled':
    case 'rejected':
    case 'withdrawn':
      return false;
    default: {
      const _exhaustive: never = state;
      return false;
    }
  }
}
