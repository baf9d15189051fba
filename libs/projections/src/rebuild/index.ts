export * from './read-model-tables';
export * from './rebuild-read-models';
export * from './compare-read-models';
export * from './swap-read-models';
export * from './rebuild-target';
