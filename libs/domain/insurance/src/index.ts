export * from './insurance.vocabulary';
export * from './insurance.stream';
export * from './insurance.personal-data';

export * from './policy/policy.events';
export * from './policy/policy.commands';
export type {
  EnrolmentPeriod,
  InitialPolicy,
  PolicyState,
  PolicyTerms,
  PurchasedPolicy,
} from './policy/policy.state';
export { policyDecider, decidePolicy } from './policy/policy.decider';
export { evolvePolicy } from './policy/policy.evolve';
export { isEnrolledOn, policyPremiumTotal } from './policy/policy.queries';
export type { PremiumTotal } from './policy/policy.queries';

export * from './claim/claim.events';
export * from './claim/claim.commands';
export type {
  ClaimFile,
  ClaimState,
  ClaimStateStatus,
  DocumentsSubmittedClaim,
  InitialClaim,
  OpenedClaim,
  RejectedClaim,
  ReportedClaim,
  SentClaim,
  SettledClaim,
  Submission,
  WithdrawnClaim,
} from './claim/claim.state';
export { claimDecider, decideClaim } from './claim/claim.decider';
export { evolveClaim } from './claim/claim.evolve';
export { claimIsInProgress } from './claim/claim.queries';
