import type { ReadModelTable } from '../rebuild/read-model-tables';
import type { Projection } from '../runner/projection';
import { fundLedgerProjection } from './fund-ledger.projection';
import { fundTargetsProjection } from './fund-targets.projection';

/**
 * The funds read models: their tables (merged into ReadModelDatabase), their migrations
 * (0009-…, 0012-…, merged into the read-model migrations), their rebuild registrations and their
 * projections (merged into allProjections).
 */
export type { FundTables } from './funds.tables';
export { fundMigrations } from './funds.migration';

export const fundReadModelTables: Readonly<Record<string, readonly ReadModelTable[]>> = {
  'funds-ledger': [
    { name: 'fund_summary', key: ['fund_id'] },
    { name: 'fund_ledger_entry', key: ['fund_id', 'position'] },
  ],
  'funds-targets': [
    { name: 'fund_target', key: ['year', 'indicator_id'] },
    { name: 'fund_target_history', key: ['position'] },
  ],
};

export const fundProjections: readonly Projection[] = [fundLedgerProjection, fundTargetsProjection];
