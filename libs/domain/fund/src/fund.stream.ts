/** A fund's id joins its budget year and code: `buildFundId(2023, 'care-action')` → '2023-care-action'. */
export const buildFundId = (year: number, code: string): string => `${year}-${code}`;

/** Every fund of every year is its own stream: `fund-<year>-<code>`, e.g. 'fund-2023-care-action'. */
export const fundStreamId = (fundId: string): string => `fund-${fundId}`;
