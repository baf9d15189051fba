export * from './decider';
export * from './domain-error';
export * from './civil-date';
export * from './money';
export * from './phone';
export * from './text';
export * from './resident-id';
export * from './masking';
export * from './vocabulary';
export * from './personal-data';
export * from './record-errors';
// Test helpers are framework-free and pure, so they ship here and every domain lib can import
// them through the one alias `@careledger/domain-kernel`.
export * from './testing';
