export * from './decider-spec';
export * from './resident-id.fixture';
