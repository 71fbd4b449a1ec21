/**
 * Where each column of the import contract (ARCHITECTURE.md) is in a file's header row. The
 * contract's own names (`numero,client,email,montant_ttc,…`) are recognised as before; the
 * exports of invoicing tools are recognised by headers.ts (French and English synonyms, case,
 * accents and punctuation ignored), and a mapping the user confirmed for a file shape wins.
 * Only four columns are needed to chase an invoice: its number, client, total and due date.
 */
import { matchHeaders, normalizeHeader } from './headers';

/** The contract's columns, in its order (our CSV export writes exactly these, core/export/csv.ts). */
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
/**
 * Needed to read a row at all: a number, a client, a total and a due date. The contract's
 * `email`, `date_emission` and `type_client` could always be empty cells; a tool's export may
 * lack them (the client's kind is then guessed or asked, values.ts).
 */
export const NEEDED_COLUMNS = ['numero', 'client', 'montant_ttc', 'date_echeance'] as const;
/** What tools' exports add: their status, what was paid and when, the document's type. */
export const TOOL_COLUMNS = ['statut', 'montant_regle', 'date_paiement', 'type_document'] as const;
export const ALL_COLUMNS = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS, ...TOOL_COLUMNS] as const;

export type Column = (typeof ALL_COLUMNS)[number];

export interface ColumnPlan {
  /** Index of each column in a record; -1 when the file has none. */
  index: Record<Column, number>;
  missing: Column[];
  /** The file's shape: its normalised header cells joined with « | » (a saved mapping's key). */
  signature: string;
  /** The header row as the file wrote it, for the mapping step. */
  header: string[];
  /** Whether the index comes from a mapping the user confirmed. */
  saved: boolean;
}

/** What the user confirmed for a file shape: column → index in the header (-1: none). */
export type ColumnChoice = Partial<Record<Column, number>>;

export function signatureOf(header: readonly string[]): string {
  return header.map(normalizeHeader).join('|');
}

/**
 * The plan for a header row: the user's choice for this shape when there is one (checked
 * against the row's width), else what the header names say.
 */
export function planColumns(header: readonly string[], choice?: ColumnChoice | null): ColumnPlan {
  const auto = matchHeaders(header);
  const index = {} as Record<Column, number>;
  const usable = (i: number | undefined) => i !== undefined && i >= -1 && i < header.length;
  for (const column of ALL_COLUMNS) {
    const chosen = choice?.[column];
    index[column] = choice && usable(chosen) ? chosen! : (auto[column] ?? -1);
  }
  return {
    index,
    missing: NEEDED_COLUMNS.filter((c) => index[c] === -1),
    signature: signatureOf(header),
    header: [...header],
    saved: Boolean(choice),
  };
}
