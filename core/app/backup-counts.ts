/** The tables a backup holds, counted the same way for the file, the database and a merge. */
export type Noun = 'invoices' | 'clients' | 'events' | 'files' | 'scenarios';
export const NOUNS: readonly Noun[] = ['invoices', 'clients', 'events', 'files', 'scenarios'];

export function rowCounts(rows: { [K in Noun]: readonly unknown[] }): Record<Noun, number> {
  return Object.fromEntries(NOUNS.map((n) => [n, rows[n].length])) as Record<Noun, number>;
}
