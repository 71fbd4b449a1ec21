/**
 * An `.xlsx` export (Excel, or a tool's « Export Excel ») → the same checked rows as a CSV,
 * through read-excel-file (its `universal` entry: reads an ArrayBuffer in the page or in Node,
 * without spawning a worker). The first sheet is read; cells become the text a CSV would hold.
 */
import { readSheet } from 'read-excel-file/universal';
import type { ColumnChoice } from './columns';
import { type CsvParseResult, InvoiceCsvParser, type SavedChoices } from './csv';

/** A cell as text: dates as YYYY-MM-DD, amounts without float noise (1234.5600000001 → 1234.56). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  return String(value);
}

export async function parseInvoiceXlsx(
  bytes: Uint8Array,
  choice: ColumnChoice | null = null,
  saved?: SavedChoices,
): Promise<CsvParseResult | { ok: false; error: 'unreadable-xlsx'; missingColumns: string[] }> {
  let rows: unknown[][];
  try {
    const copy = bytes.slice().buffer as ArrayBuffer;
    rows = (await readSheet(copy)) as unknown[][];
  } catch {
    return { ok: false, error: 'unreadable-xlsx', missingColumns: [] };
  }
  const parser = new InvoiceCsvParser(choice, saved);
  rows.forEach((cells, i) => {
    const fields = cells.map(cellText);
    if (parser.reading && fields.some((f) => f.trim() !== '')) parser.record(i + 1, fields);
  });
  return parser.result();
}
