export * from './database';
export * from './repository';
export * from './schema';
