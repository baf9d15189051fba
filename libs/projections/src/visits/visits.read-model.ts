import type { Migration } from 'kysely';
import type { ReadModelTable } from '../rebuild/read-model-tables';
import type { Projection } from '../runner/projection';

/**
 * The visits read models: their tables (merged into ReadModelDatabase), their migrations
 * (numbered 0006-…, merged into the read-model migrations), their rebuild registrations and their
 * projections (merged into allProjections). Filled in by the visits work.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- filled in by the domain's read models
export interface VisitTables {}

export const visitMigrations: Readonly<Record<string, Migration>> = {};

export const visitReadModelTables: Readonly<Record<string, readonly ReadModelTable[]>> = {};

export const visitProjections: readonly Projection[] = [];
