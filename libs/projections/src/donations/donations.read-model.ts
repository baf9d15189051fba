import type { ReadModelTable } from '../rebuild/read-model-tables';
import type { Projection } from '../runner/projection';
import { donationsProjection } from './donations.projection';

/**
 * The donations read model: its table (merged into ReadModelDatabase), its migration (0010-…),
 * its rebuild registration and its projection (merged into allProjections).
 */
export type { DonationTables } from './donations.tables';
export { donationMigrations } from './donations.migration';

export const donationReadModelTables: Readonly<Record<string, readonly ReadModelTable[]>> = {
  'donations-list': [{ name: 'donation', key: ['year', 'donation_id'] }],
};

export const donationProjections: readonly Projection[] = [donationsProjection];
