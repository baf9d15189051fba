import type { DonationEvent } from '@careledger/domain-donation';
import type { RecordedEvent } from '@careledger/event-store';
import type { Projection } from '../runner/projection';
import { insertDonation, reverseDonationRow } from './donations.statements';

/** The donations of each campaign year: one row per gift, marked when reversed. */
export const donationsProjection: Projection = {
  name: 'donations-list',
  filter: { streamTypes: ['donation'] },
  async apply(trx, recorded) {
    const event = recorded as unknown as RecordedEvent & DonationEvent;
    switch (event.type) {
      case 'DonationRecorded': {
        const d = event.data;
        await insertDonation.execute(trx, {
          year: d.year,
          donation_id: d.donationId,
          position: recorded.position,
          received_on: d.receivedOn,
          channel: d.channel,
          amount_fen: d.amountFen,
          matching_fen: d.matchingFen,
          source: d.source,
          status: 'RECORDED',
          reversal_reason: null,
          reversed_at: null,
          actor_id: recorded.metadata.actorId,
          recorded_at: recorded.recordedAt,
        });
        return true;
      }
      case 'DonationReversed':
        await reverseDonationRow.execute(trx, {
          year: event.data.year,
          donation_id: event.data.donationId,
          reversal_reason: event.data.reason,
          reversed_at: recorded.recordedAt,
        });
        return true;
      default: {
        const _exhaustive: never = event;
        return false;
      }
    }
  },
};
