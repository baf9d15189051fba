// Donations (小善举·大爱心 online giving): stream `donation-<year>`.
export * from './donation.vocabulary';
export * from './donation.events';
export * from './donation.commands';
export type { Donation, DonationYearState, InitialDonationYear, OpenDonationYear } from './donation.state';
export { donationDecider, decideDonation } from './donation.decider';
export { evolveDonationYear } from './donation.evolve';
export * from './donation.stream';
export * from './donation-totals';

// No personal-data policy: `source` names a platform batch or an organisation, never a person.
