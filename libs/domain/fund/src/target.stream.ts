/** All performance targets of one year share a stream: `target-<year>`, e.g. 'target-2023'. */
export const targetStreamId = (year: number): string => `target-${year}`;
