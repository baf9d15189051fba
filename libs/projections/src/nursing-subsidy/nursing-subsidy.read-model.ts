import type { ReadModelTable } from '../rebuild/read-model-tables';
import type { Projection } from '../runner/projection';
import { nursingSubsidyProjection } from './nursing-subsidy.projection';
import type { SubsidyApplicationTable, SubsidyStepTable } from './nursing-subsidy.tables';

export { nursingSubsidyMigrations } from './nursing-subsidy.migrations';

/**
 * The nursing-subsidy read models: their tables (merged into ReadModelDatabase), their migrations
 * (0007-…), their rebuild registrations and their projections (merged into allProjections).
 */
export interface NursingSubsidyTables {
  subsidy_application: SubsidyApplicationTable;
  subsidy_step: SubsidyStepTable;
}

export const nursingSubsidyReadModelTables: Readonly<Record<string, readonly ReadModelTable[]>> = {
  'nursing-subsidy': [
    { name: 'subsidy_application', key: ['application_id'] },
    { name: 'subsidy_step', key: ['application_id', 'position'] },
  ],
};

export const nursingSubsidyProjections: readonly Projection[] = [nursingSubsidyProjection];
