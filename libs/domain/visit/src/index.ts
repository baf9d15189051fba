export * from './shared/care-aid.vocabulary';
export type { PersonRef } from './shared/person-ref';
export { countPersons } from './shared/person-ref';
export type { CashAid } from './shared/cash-aid';
export { activityPersonalData, visitPersonalData } from './shared/care-aid.personal-data';

export * from './visit/visit.events';
export * from './visit/visit.commands';
export type {
  ExistingVisit,
  InitialVisit,
  RecordedVisit,
  VisitState,
  VoidedVisit,
} from './visit/visit.state';
export { visitDecider, decideVisit } from './visit/visit.decider';
export { evolveVisit } from './visit/visit.evolve';
export * from './visit/visit.stream';

export * from './activity/activity.events';
export * from './activity/activity.commands';
export type { ActivityState, HeldActivity, InitialActivity } from './activity/activity.state';
export { activityDecider, decideActivity } from './activity/activity.decider';
export { evolveActivity } from './activity/activity.evolve';
export * from './activity/activity.stream';
