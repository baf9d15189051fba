import { DONATION_CHANNEL_LABELS, type DonationEventType } from '@careledger/domain-donation';
import { text, type EventData, type Summarizer } from '../case-timeline/timeline-summary';
import type { MessageKey } from '../i18n/i18n';
import { fenToYuan } from '../money/yuan-fen';

const amount = (data: EventData, key: string): string => {
  const value = data[key];
  return typeof value === 'number' ? fenToYuan(value) : '';
};

/** Audit-trail labels, timeline summaries and error field labels of the donation events and inputs. */
export const DONATIONS_EVENT_TYPE_LABEL_KEYS: { readonly [K in DonationEventType]: MessageKey } = {
  DonationRecorded: 'donations.event.DonationRecorded',
  DonationReversed: 'donations.event.DonationReversed',
};

export const DONATIONS_TIMELINE_SUMMARIZERS: { readonly [K in DonationEventType]: Summarizer } = {
  DonationRecorded: (data, { t, label }) =>
    t('donations.timeline.DonationRecorded', {
      channel: label(DONATION_CHANNEL_LABELS, text(data, 'channel')),
      amount: amount(data, 'amountFen'),
      matching: amount(data, 'matchingFen'),
      source: text(data, 'source'),
    }),
  DonationReversed: (data, { t }) =>
    t('donations.timeline.DonationReversed', { amount: amount(data, 'amountFen'), matching: amount(data, 'matchingFen') }),
};

export const DONATIONS_FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  receivedOn: 'donations.field.receivedOn',
  channel: 'donations.field.channel',
  amountFen: 'donations.field.amount',
  matchingFen: 'donations.field.matching',
  source: 'donations.field.source',
  donationId: 'donations.field.donationId',
  year: 'donations.field.year',
};
