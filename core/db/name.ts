/** The database's name, apart so that Dexie-free readers (first-read.ts) share it. */
export const DB_NAME = 'echeance';
