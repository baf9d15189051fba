export * from './nursing-subsidy.events';
export * from './nursing-subsidy.vocabulary';
export * from './nursing-subsidy.commands';
export * from './subsidy-rules';
export * from './subsidy-computation';
export type {
  AppliedSubsidy,
  CountyApprovedSubsidy,
  ExistingSubsidy,
  InitialSubsidy,
  NoticeClosedSubsidy,
  NoticePostedSubsidy,
  NursingSubsidyState,
  PaidSubsidy,
  PaymentFailedSubsidy,
  PaymentIssuedSubsidy,
  RejectedSubsidy,
  ReturnedSubsidy,
  SettledSubsidy,
  SubmittedSubsidy,
  SubsidyApplication,
  SubsidyPayment,
  SupplementedSubsidy,
  TownshipApprovedSubsidy,
  WithdrawnSubsidy,
} from './nursing-subsidy.state';
export { nursingSubsidyDecider, decideNursingSubsidy } from './nursing-subsidy.decider';
export { evolveNursingSubsidy } from './nursing-subsidy.evolve';
export { nursingSubsidyPersonalData } from './nursing-subsidy.personal-data';
export * from './nursing-subsidy.stream';
