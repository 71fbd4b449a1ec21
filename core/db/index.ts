export * from './bank';
export * from './database';
export * from './display';
export * from './overview';
export * from './overview-read';
export * from './queries';
export * from './repository';
export * from './schema';
