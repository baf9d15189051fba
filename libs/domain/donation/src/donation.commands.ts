/** Commands to the donation stream of one campaign year. Readonly plain data. */
import type { DonationFields } from './donation.events';

export type RecordDonation = {
  readonly type: 'RecordDonation';
  readonly data: DonationFields & { readonly year: number; readonly donationId: string };
};

export type ReverseDonation = {
  readonly type: 'ReverseDonation';
  readonly data: { readonly year: number; readonly donationId: string; readonly reason: string };
};

export type DonationCommand = RecordDonation | ReverseDonation;
export type DonationCommandType = DonationCommand['type'];
