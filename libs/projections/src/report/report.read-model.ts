import type { Migration } from 'kysely';
import type { ReadModelTable } from '../rebuild/read-model-tables';
import type { Projection } from '../runner/projection';

/**
 * The report read models: tables (merged into ReadModelDatabase), migrations (0011-…), rebuild
 * registrations and projections (merged into allProjections). Filled in by the report work.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- filled in by the read models
export interface ReportTables {}

export const reportMigrations: Readonly<Record<string, Migration>> = {};

export const reportReadModelTables: Readonly<Record<string, readonly ReadModelTable[]>> = {};

export const reportProjections: readonly Projection[] = [];
