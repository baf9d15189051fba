/**
 * Events of the donation stream of one campaign year (`donation-<year>`). Past tense, readonly
 * plain data. `source` names a platform batch or a donor organisation, never a private person,
 * so no event here holds personal data.
 */
import type { DonationChannel } from './donation.vocabulary';

/** What a donation says; money in fen. */
export type DonationFields = {
  readonly receivedOn: string;
  readonly channel: DonationChannel;
  /** What the donors gave, > 0. */
  readonly amountFen: number;
  /** 配捐: what a sponsor added on top, ≥ 0. Counts in the year's total. */
  readonly matchingFen: number;
  readonly source: string;
};

export type DonationRecorded = {
  readonly type: 'DonationRecorded';
  readonly data: DonationFields & { readonly year: number; readonly donationId: string };
};

/** The amounts are copied from the recorded donation so a fold of totals needs no lookup. */
export type DonationReversed = {
  readonly type: 'DonationReversed';
  readonly data: {
    readonly year: number;
    readonly donationId: string;
    readonly reason: string;
    readonly amountFen: number;
    readonly matchingFen: number;
  };
};

export type DonationEvent = DonationRecorded | DonationReversed;
export type DonationEventType = DonationEvent['type'];
