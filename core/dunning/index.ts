export * from './claim';
export * from './describe';
export * from './next-action';
export * from './plan';
export * from './presets';
export * from './state';
export * from './timeline';
export * from './today';
