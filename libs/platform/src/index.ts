export * from './app-config';
export * from './clock';
export * from './infrastructure';
