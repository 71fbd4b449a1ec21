export * from './cases';
export * from './csv';
export * from './ics';
export * from './upcoming';
