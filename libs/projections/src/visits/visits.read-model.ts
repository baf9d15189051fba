import type { ReadModelTable } from '../rebuild/read-model-tables';
import type { Projection } from '../runner/projection';
import { activitiesProjection } from './activities.projection';
import { visitsProjection } from './visits.projection';

/**
 * The visits read models: their tables (merged into ReadModelDatabase), their migrations
 * (0006-…, merged into the read-model migrations), their rebuild registrations and their
 * projections (merged into allProjections).
 */
export type { VisitTables } from './visits.tables';
export { visitMigrations } from './visits.migration';

export const visitReadModelTables: Readonly<Record<string, readonly ReadModelTable[]>> = {
  'visits-visit': [
    { name: 'visit', key: ['visit_id'] },
    { name: 'visit_case', key: ['case_id', 'visit_id'] },
  ],
  'visits-activity': [
    { name: 'activity', key: ['activity_id'] },
    { name: 'activity_case', key: ['case_id', 'activity_id'] },
  ],
};

export const visitProjections: readonly Projection[] = [visitsProjection, activitiesProjection];
