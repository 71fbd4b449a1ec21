export * from './compliance';
export * from './debtor';
export * from './payment-terms';
export * from './penalties';
export * from './prescription';
export * from './rates';
export * from './routes';
export * from './warnings';
