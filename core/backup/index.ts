export * from './chunks';
export * from './format';
export * from './merge';
export * from './restore';
export * from './scenarios';
export * from './schedule';
export * from './send';
export * from './writer';
