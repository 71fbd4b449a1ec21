/**
 * Where each column of the import contract (ARCHITECTURE.md) is in a file's header row, as
 * Papa Parse read it. The one place that knows column names: recognising other tools' names
 * (issue #19) adds a mapping here, and the row reading (csv-row.ts) stays as it is.
 */
export const REQUIRED_COLUMNS = [
  'numero',
  'client',
  'email',
  'montant_ttc',
  'date_emission',
  'date_echeance',
  'type_client',
] as const;
export const OPTIONAL_COLUMNS = ['reste_du', 'telephone', 'adresse', 'siren'] as const;

export type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

export interface ColumnPlan {
  /** Index of each column in a record; -1 when the file has none. */
  index: Record<Column, number>;
  missing: Column[];
}

/** Header cells are compared trimmed and in lower case; of two same names the later wins (as before Papa Parse). */
export function planColumns(header: readonly string[]): ColumnPlan {
  const names = header.map((h) => h.trim().toLowerCase());
  const index = {} as Record<Column, number>;
  for (const column of [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]) index[column] = names.lastIndexOf(column);
  return { index, missing: REQUIRED_COLUMNS.filter((c) => index[c] === -1) };
}
