// Fund ledger: stream `fund-<year>-<code>`.
export * from './fund.vocabulary';
export * from './fund.events';
export * from './fund.commands';
export type {
  Adjustment,
  Expenditure,
  FundLedger,
  FundProfile,
  FundState,
  InitialFund,
  OpenFund,
  Receipt,
} from './fund.state';
export { fundDecider, decideFund } from './fund.decider';
export { evolveFund } from './fund.evolve';
export * from './fund.stream';
export * from './fund-ledger';

// Performance targets: stream `target-<year>`.
export * from './target.vocabulary';
export * from './target.events';
export * from './target.commands';
export type {
  ActiveTarget,
  InitialTargetYear,
  OpenTargetYear,
  Target,
  TargetYearState,
  WithdrawnTarget,
} from './target.state';
export { MAX_TOTAL_WEIGHT } from './target-fields';
export { targetDecider, decideTarget } from './target.decider';
export { evolveTargetYear } from './target.evolve';
export * from './target.stream';
export * from './performance-score';

// No personal-data policy: no fund or target event holds personal data (see fund.events.ts).
