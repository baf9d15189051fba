export * from './donations.read-model';
