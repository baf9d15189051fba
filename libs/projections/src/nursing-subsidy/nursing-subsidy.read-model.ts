import type { Migration } from 'kysely';
import type { ReadModelTable } from '../rebuild/read-model-tables';
import type { Projection } from '../runner/projection';

/**
 * The nursing-subsidy read models: their tables (merged into ReadModelDatabase), their migrations
 * (numbered 0007-…, merged into the read-model migrations), their rebuild registrations and their
 * projections (merged into allProjections). Filled in by the nursing-subsidy work.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- filled in by the domain's read models
export interface NursingSubsidyTables {}

export const nursingSubsidyMigrations: Readonly<Record<string, Migration>> = {};

export const nursingSubsidyReadModelTables: Readonly<Record<string, readonly ReadModelTable[]>> = {};

export const nursingSubsidyProjections: readonly Projection[] = [];
