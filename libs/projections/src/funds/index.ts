export * from './funds.read-model';
export * from './funds.tables';
export * from './funds.queries';
export * from './fund-ledger.queries';
export * from './fund-targets.queries';
export { fundLedgerProjection } from './fund-ledger.projection';
export { fundTargetsProjection } from './fund-targets.projection';
