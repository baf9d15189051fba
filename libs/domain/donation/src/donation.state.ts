import type { DonationFields } from './donation.events';
import type { DonationStatus } from './donation.vocabulary';

/** A reversed donation is kept: its id stays taken and its history stays explainable. */
export type Donation = DonationFields & { readonly donationId: string; readonly status: DonationStatus };

/** No donation recorded for the year yet. */
export type InitialDonationYear = { readonly status: 'initial' };
export type OpenDonationYear = {
  readonly status: 'open';
  readonly year: number;
  readonly donations: ReadonlyMap<string, Donation>;
};
export type DonationYearState = InitialDonationYear | OpenDonationYear;

export const initialDonationYearState = (): DonationYearState => ({ status: 'initial' });
