/** One stream per report year: `report-seal-<year>`, e.g. 'report-seal-2023'. */
export const reportSealStreamId = (year: number): string => `report-seal-${year}`;
