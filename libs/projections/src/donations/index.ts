export * from './donations.read-model';
export * from './donations.tables';
export * from './donations.queries';
export { donationsProjection } from './donations.projection';
