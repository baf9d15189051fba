export * from './nursing-subsidy.read-model';
export * from './nursing-subsidy.queries';
export { nursingSubsidyProjection } from './nursing-subsidy.projection';
export type { SubsidyApplicationTable, SubsidyStepTable } from './nursing-subsidy.tables';
