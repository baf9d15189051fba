export * from './insurance.read-model';
export * from './insurance.tables';
export * from './insurance-policy.queries';
export * from './insurance-enrolment.queries';
export * from './insurance-claim.queries';
