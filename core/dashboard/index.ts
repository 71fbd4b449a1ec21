export * from './aging';
export * from './clients';
export * from './ladder';
export * from './list';
export * from './monthly';
export * from './payment-behaviour';
