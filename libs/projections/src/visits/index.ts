export * from './visits.read-model';
export * from './visits.tables';
export * from './visits.queries';
export { visitsProjection, detailsOf } from './visits.projection';
export { activitiesProjection } from './activities.projection';
