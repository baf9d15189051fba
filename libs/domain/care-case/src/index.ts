export * from './care-case.events';
export * from './care-case.vocabulary';
export * from './care-case.commands';
export type {
  ActiveCareCase,
  CareCaseState,
  CaseContact,
  CaseFile,
  CaseMember,
  ExitedCareCase,
  InitialCareCase,
  OpenedCareCase,
} from './care-case.state';
export { careCaseDecider, decideCareCase } from './care-case.decider';
export { evolveCareCase } from './care-case.evolve';
export * from './care-case.personal-data';
export * from './care-case.stream';
