export * from './database';
export * from './overview';
export * from './queries';
export * from './repository';
export * from './restore';
export * from './schema';
