import type { ReadModelDatabase } from '../read-model/read-model.database';
import { compiledQuery, type QueryParameter } from '../read-model/sqlite-read-models';

type Donation = ReadModelDatabase['donation'];
type DonationKey = Pick<Donation, 'year' | 'donation_id'>;

export const insertDonation = compiledQuery((db, p: QueryParameter<Donation>) =>
  db.insertInto('donation').values({
    year: p('year'),
    donation_id: p('donation_id'),
    position: p('position'),
    received_on: p('received_on'),
    channel: p('channel'),
    amount_fen: p('amount_fen'),
    matching_fen: p('matching_fen'),
    source: p('source'),
    status: p('status'),
    reversal_reason: p('reversal_reason'),
    reversed_at: p('reversed_at'),
    actor_id: p('actor_id'),
    recorded_at: p('recorded_at'),
  }),
);

// Only a RECORDED row is reversed: like evolve, a second reversal or an unknown id changes nothing.
export const reverseDonationRow = compiledQuery(
  (db, p: QueryParameter<DonationKey & Pick<Donation, 'reversal_reason' | 'reversed_at'>>) =>
    db
      .updateTable('donation')
      .set({ status: 'REVERSED', reversal_reason: p('reversal_reason'), reversed_at: p('reversed_at') })
      .where('year', '=', p('year'))
      .where('donation_id', '=', p('donation_id'))
      .where('status', '=', 'RECORDED'),
);
