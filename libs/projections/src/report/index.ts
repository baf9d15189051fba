export * from './report.read-model';
