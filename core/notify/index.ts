export * from './notices';
export * from './schedule';
export * from './texts';
