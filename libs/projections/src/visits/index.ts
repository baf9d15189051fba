export * from './visits.read-model';
