/** One stream per campaign year: `donation-<year>`, e.g. 'donation-2023'. */
export const donationStreamId = (year: number): string => `donation-${year}`;
