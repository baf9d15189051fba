export * from './report.read-model';
export * from './report-facts.types';
export * from './report-facts.fold';
export * from './report.figures';
export * from './report.aggregate.types';
export * from './report.aggregate';
export * from './report.series';
export * from './report.queries';
export { REPORT_FACTS_PROJECTION } from './report.projection';
