/**
 * Invoices out as CSV, in the columns our CSV import reads (core/import/columns.ts), so
 * that our own import (core/import/csv.ts) reads the file back into the same invoices.
 * `;` separated with a UTF-8 BOM and CRLF: what a French Excel opens without a wizard.
 */
import { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from '../import/csv';
import type { Client, Invoice } from '../model';
import { formatDecimal } from '../money';
import { needsNeutralizing } from './neutralize';

const CSV_EXPORT_COLUMNS = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS] as const;
type Column = (typeof CSV_EXPORT_COLUMNS)[number];

export interface CsvExportRow {
  invoice: Invoice;
  client: Client;
}

/** « 1 500,00 » with plain spaces: parseAmount reads it, a French spreadsheet shows it. */
export const formatCsvAmount = (cents: number): string => formatDecimal(cents, ' ');

/**
 * A spreadsheet runs a cell starting with `=`, `@` or `+`/`-` followed by a name as a formula
 * (CSV injection): client names can come from e-mails we did not write. Such cells get a
 * leading apostrophe; phone numbers (`+33 6 …`) and amounts are left alone.
 */
function neutralized(value: string): string {
  return needsNeutralizing(value) ? `'${value}` : value;
}

/** Quotes only when needed: separator, quote, line break, or spaces the reader would trim. */
export function csvField(raw: string): string {
  const value = neutralized(raw);
  return /[;"\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cells(row: CsvExportRow): Record<Column, string> {
  const { invoice, client } = row;
  return {
    numero: invoice.number,
    client: client.name,
    email: client.emails[0] ?? '',
    montant_ttc: formatCsvAmount(invoice.totalCents),
    date_emission: invoice.issueDate ?? '',
    date_echeance: invoice.dueDate,
    type_client: client.kind,
    // What is still due today (payments recorded since the capture are deducted).
    reste_du: formatCsvAmount(Math.max(0, invoice.outstandingCents)),
    telephone: client.phone ?? '',
    adresse: client.address ?? '',
    siren: client.siren ?? '',
  };
}

/** The whole file, BOM included, rows in invoice-number order. */
export function invoicesToCsv(rows: readonly CsvExportRow[]): string {
  const sorted = [...rows].sort((a, b) =>
    a.invoice.number.localeCompare(b.invoice.number, 'fr', { numeric: true }),
  );
  const lines = [
    CSV_EXPORT_COLUMNS.join(';'),
    ...sorted.map((row) => {
      const c = cells(row);
      return CSV_EXPORT_COLUMNS.map((column) => csvField(c[column])).join(';');
    }),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
