export * from './compliance';
export * from './payment-terms';
export * from './penalties';
export * from './prescription';
export * from './rate-kind';
export * from './rates';
export * from './warnings';
