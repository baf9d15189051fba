export * from './insurance.read-model';
