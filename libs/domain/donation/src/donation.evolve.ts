import type { DonationEvent } from './donation.events';
import type { Donation, DonationYearState } from './donation.state';

/** Folds one event into the state. Total: a reversal naming an unknown donation changes nothing. */
export function evolveDonationYear(state: DonationYearState, event: DonationEvent): DonationYearState {
  switch (event.type) {
    case 'DonationRecorded': {
      const { year, ...fields } = event.data;
      const donations = state.status === 'open' ? state.donations : new Map<string, Donation>();
      const donation: Donation = { ...fields, status: 'RECORDED' };
      return { status: 'open', year, donations: new Map(donations).set(donation.donationId, donation) };
    }
    case 'DonationReversed': {
      if (state.status === 'initial') return state;
      const donation = state.donations.get(event.data.donationId);
      if (!donation) return state;
      const reversed: Donation = { ...donation, status: 'REVERSED' };
      return { ...state, donations: new Map(state.donations).set(donation.donationId, reversed) };
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}
