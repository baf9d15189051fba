/**
 * The donation events as the report contract fixes them (docs: issue 5 contract §A). Declared
 * here rather than imported so the report depends on the contract, not on the donation lib.
 */
export type DonationRecordedData = {
  readonly year: number;
  readonly donationId: string;
  readonly receivedOn: string;
  readonly channel: string;
  readonly amountFen: number;
  readonly matchingFen: number;
  readonly source: string;
};

export type DonationReversedData = {
  readonly year: number;
  readonly donationId: string;
  readonly reason: string;
  readonly amountFen: number;
  readonly matchingFen: number;
};

export type ReportDonationEvent =
  | { readonly type: 'DonationRecorded'; readonly data: DonationRecordedData }
  | { readonly type: 'DonationReversed'; readonly data: DonationReversedData };
