import { alreadyExists, invalidTransition, notFound, requireReason, requireText, validationFailed } from '@careledger/domain-kernel';
import { assertCampaignYear, DONATION_FIELDS, validDonationFields } from './donation-fields';
import type { RecordDonation, ReverseDonation } from './donation.commands';
import type { DonationRecorded, DonationReversed } from './donation.events';
import type { Donation, DonationYearState } from './donation.state';

export function recordDonation(data: RecordDonation['data'], state: DonationYearState): DonationRecorded[] {
  const year = requireYear(data.year, state);
  const donationId = requireText('donationId', data.donationId, { max: 64 });
  const fields = validDonationFields(data, year);
  const existing = state.status === 'open' ? state.donations.get(donationId) : undefined;
  if (existing) {
    // A reversed donation keeps its id: recording it again would blur two histories into one.
    const same = existing.status === 'RECORDED' && DONATION_FIELDS.every((k) => existing[k] === fields[k]);
    if (same) return [];
    throw alreadyExists('donation', { year, donationId });
  }
  return [{ type: 'DonationRecorded', data: { year, donationId, ...fields } }];
}

export function reverseDonation(data: ReverseDonation['data'], state: DonationYearState): DonationReversed[] {
  const reason = requireReason(data.reason);
  const year = requireYear(data.year, state);
  const { donationId } = data;
  const donation: Donation | undefined = state.status === 'open' ? state.donations.get(donationId) : undefined;
  if (!donation) throw notFound('donation', { year, donationId });
  if (donation.status === 'REVERSED') throw invalidTransition('REVERSED', 'ReverseDonation', { year, donationId });
  const { amountFen, matchingFen } = donation;
  return [{ type: 'DonationReversed', data: { year, donationId, reason, amountFen, matchingFen } }];
}

// The stream is one year's: a command naming another year was sent to the wrong stream.
function requireYear(value: unknown, state: DonationYearState): number {
  const year = assertCampaignYear(value);
  if (state.status === 'open' && state.year !== year) {
    throw validationFailed('year', `this stream holds the donations of ${state.year}`, { expected: state.year });
  }
  return year;
}
