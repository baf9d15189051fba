import { assertCivilDate, assertFen, requireOneOf, requireText, validationFailed } from '@careledger/domain-kernel';
import type { DonationFields } from './donation.events';
import { DONATION_CHANNELS } from './donation.vocabulary';

/** Campaign years the association could plausibly hold (also keeps stream ids four digits). */
export function assertCampaignYear(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 2000 && value <= 2999) return value;
  throw validationFailed('year', 'year must be a four-digit year from 2000', { min: 2000, max: 2999 });
}

/** A gift of nothing is a typing mistake, not a donation. */
function assertPositiveFen(field: string, value: unknown): number {
  const fen = assertFen(field, value);
  if (fen === 0) throw validationFailed(field, `${field} must be more than 0`, { min: 1 });
  return fen;
}

// A year's total is what the annual report compares with the previous year's: a gift dated in
// another year would move money between the two.
function assertDateInYear(value: unknown, year: number): string {
  const date = assertCivilDate('receivedOn', value);
  if (!date.startsWith(`${year}-`)) {
    throw validationFailed('receivedOn', `receivedOn must fall within the campaign year ${year}`, {
      min: `${year}-01-01`,
      max: `${year}-12-31`,
    });
  }
  return date;
}

/** Validates and normalises (trims) the fields of a RecordDonation, naming the first bad field. */
export function validDonationFields(data: Readonly<Record<keyof DonationFields, unknown>>, year: number): DonationFields {
  return {
    receivedOn: assertDateInYear(data.receivedOn, year),
    channel: requireOneOf('channel', data.channel, DONATION_CHANNELS),
    amountFen: assertPositiveFen('amountFen', data.amountFen),
    matchingFen: assertFen('matchingFen', data.matchingFen),
    source: requireText('source', data.source, { max: 200 }),
  };
}

export const DONATION_FIELDS = ['receivedOn', 'channel', 'amountFen', 'matchingFen', 'source'] as const;
