import type { Migration } from 'kysely';
import type { ReadModelTable } from '../rebuild/read-model-tables';
import type { Projection } from '../runner/projection';

/**
 * The donations read models: tables (merged into ReadModelDatabase), migrations (0010-…), rebuild
 * registrations and projections (merged into allProjections). Filled in by the donations work.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- filled in by the read models
export interface DonationTables {}

export const donationMigrations: Readonly<Record<string, Migration>> = {};

export const donationReadModelTables: Readonly<Record<string, readonly ReadModelTable[]>> = {};

export const donationProjections: readonly Projection[] = [];
