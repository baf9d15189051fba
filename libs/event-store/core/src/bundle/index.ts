export * from './bundle-format';
export { writeBundle, type WriteBundleOptions } from './write-bundle';
export { selectBundleEvents, namesCase } from './select-bundle-events';
export { readBundle, type BundleProblem, type BundleProblemKind, type BundleVerification, type ReadBundleResult } from './read-bundle';
export { bundleEventStore, BundleReadOnlyError } from './bundle-event-store';
export { matchesEventFilter } from './event-filter';
