export * from './funds.read-model';
