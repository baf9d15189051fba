import type { Migration } from 'kysely';
import type { ReadModelTable } from '../rebuild/read-model-tables';
import type { Projection } from '../runner/projection';

/**
 * The funds read models: their tables (merged into ReadModelDatabase), their migrations
 * (numbered 0009-…, merged into the read-model migrations), their rebuild registrations and their
 * projections (merged into allProjections). Filled in by the funds work.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- filled in by the domain's read models
export interface FundTables {}

export const fundMigrations: Readonly<Record<string, Migration>> = {};

export const fundReadModelTables: Readonly<Record<string, readonly ReadModelTable[]>> = {};

export const fundProjections: readonly Projection[] = [];
