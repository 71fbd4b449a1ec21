export * from './bank';
export * from './database';
export * from './overview';
export * from './queries';
export * from './repository';
export * from './schema';
