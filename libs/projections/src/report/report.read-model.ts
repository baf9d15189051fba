import type { ReadModelTable } from '../rebuild/read-model-tables';
import type { Projection } from '../runner/projection';
import { REPORT_FACTS_PROJECTION, reportFactsProjection } from './report.projection';

/**
 * The report read models: tables (merged into ReadModelDatabase), migrations (0011-…), rebuild
 * registrations and projections (merged into allProjections).
 */
export type { ReportTables } from './report.tables';
export { reportMigrations } from './report.migration';

export const reportReadModelTables: Readonly<Record<string, readonly ReadModelTable[]>> = {
  [REPORT_FACTS_PROJECTION]: [{ name: 'report_fact', key: ['fact_id'] }],
};

export const reportProjections: readonly Projection[] = [reportFactsProjection];
