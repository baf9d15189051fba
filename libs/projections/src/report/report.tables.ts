import type { ReportFactKind } from './report-facts.types';

/** One row per report fact (see report-facts.types.ts), kept by the report-facts projection. */
export interface ReportFactTable {
  fact_id: string;
  stream_id: string;
  kind: ReportFactKind;
  /** JSON of the fact's data. */
  data: string;
  /** JSON array of the positions of the events that made the fact. */
  positions: string;
}

export interface ReportTables {
  report_fact: ReportFactTable;
}
