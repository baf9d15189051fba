/** One policy per year: `policy-<year>`, e.g. `policy-2023`. */
export const policyStreamId = (year: number): string => `policy-${year}`;

/** Every claim is its own stream: `claim-<claimId>`. */
export const claimStreamId = (claimId: string): string => `claim-${claimId}`;
