export * from './targets';
