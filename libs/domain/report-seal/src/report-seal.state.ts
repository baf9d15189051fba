import type { ReportSealed } from './report-seal.events';

export type Seal = ReportSealed['data'];

/** The seals of one year in the order they were made: a later seal of the same report is a correction. */
export type ReportSealYearState = {
  readonly year: number | null;
  readonly seals: readonly Seal[];
};

export const initialReportSealYearState = (): ReportSealYearState => ({ year: null, seals: [] });
