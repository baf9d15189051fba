import type { Decider } from '@careledger/domain-kernel';
import type { DonationCommand } from './donation.commands';
import { recordDonation, reverseDonation } from './donation.decisions';
import type { DonationEvent } from './donation.events';
import { evolveDonationYear } from './donation.evolve';
import type { DonationYearState } from './donation.state';
import { initialDonationYearState } from './donation.state';

/**
 * The donations of one campaign year (小善举·大爱心): stream `donation-<year>`. One stream per
 * year because the figure the annual report wants is the year's total, compared year on year.
 *
 * @example
 *   const state = foldEvents(donationDecider, await readStream(donationStreamId(2023)));
 *   const events = donationDecider.decide({ type: 'RecordDonation', data: { ... } }, state);
 */
export const donationDecider: Decider<DonationCommand, DonationEvent, DonationYearState> = {
  initialState: initialDonationYearState,
  evolve: evolveDonationYear,
  decide: decideDonation,
};

export function decideDonation(command: DonationCommand, state: DonationYearState): readonly DonationEvent[] {
  switch (command.type) {
    case 'RecordDonation':
      return recordDonation(command.data, state);
    case 'ReverseDonation':
      return reverseDonation(command.data, state);
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown donation command ${(_exhaustive as { type?: unknown }).type}`);
    }
  }
}
