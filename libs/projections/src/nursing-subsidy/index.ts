export * from './nursing-subsidy.read-model';
