export * from './backup';
export * from './client';
export * from './common';
export * from './event';
export * from './ids';
export * from './invoice';
export * from './scenario';
export * from './settings';
