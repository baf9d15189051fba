import type { ReadModelTable } from '../rebuild/read-model-tables';
import type { Projection } from '../runner/projection';
import { insuranceClaimProjection } from './insurance-claim.projection';
import { insurancePolicyProjection } from './insurance-policy.projection';

/**
 * The insurance read models: their tables (merged into ReadModelDatabase), their migrations
 * (0008-…, merged into the read-model migrations), their rebuild registrations and their
 * projections (merged into allProjections).
 */
export type { InsuranceTables } from './insurance.tables';
export { insuranceMigrations } from './insurance.migrations';

// None of these tables holds personal data (names and ID numbers are joined from the case read
// model at query time; the claim description is not copied), so nothing needs masking.
export const insuranceReadModelTables: Readonly<Record<string, readonly ReadModelTable[]>> = {
  [insurancePolicyProjection.name]: [
    { name: 'insurance_policy', key: ['policy_year'] },
    { name: 'insurance_enrolment', key: ['policy_year', 'person_id', 'period_no'] },
  ],
  [insuranceClaimProjection.name]: [{ name: 'insurance_claim', key: ['claim_id'] }],
};

export const insuranceProjections: readonly Projection[] = [insurancePolicyProjection, insuranceClaimProjection];
