import type { DonationChannel, DonationStatus } from '@careledger/domain-donation';
import type { DonationRow } from '@careledger/projections';
import { actorName } from '../shared/actor';
import type { Donation } from './donation.types';

export function toDonation(r: DonationRow): Donation {
  return {
    year: r.year,
    donationId: r.donation_id,
    receivedOn: r.received_on,
    channel: r.channel as DonationChannel,
    amountFen: Number(r.amount_fen),
    matchingFen: Number(r.matching_fen),
    totalFen: Number(r.amount_fen) + Number(r.matching_fen),
    source: r.source,
    status: r.status as DonationStatus,
    reversalReason: r.reversal_reason,
    actorId: r.actor_id,
    actorName: actorName(r.actor_id),
    recordedAt: r.recorded_at,
  };
}
