import type { SealFields } from './report-seal.events';

/** Seal the report of a year as computed at a log position. Readonly plain data. */
export type SealReport = {
  readonly type: 'SealReport';
  readonly data: SealFields & { readonly year: number; readonly sealId: string };
};

export type ReportSealCommand = SealReport;
