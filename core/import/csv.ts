/**
 * The CSV import contract (ARCHITECTURE.md): columns
 * `numero,client,email,montant_ttc,date_emission,date_echeance,type_client`, optional
 * `reste_du,telephone,adresse,siren`. Records come from Papa Parse (csv-reader.ts), columns are
 * found by columns.ts, each row is checked on its own (csv-row.ts). Nothing is written here:
 * the caller shows the preview and sends the valid rows once the user confirms.
 */
import type { ImportItem } from '../model';
import { type ColumnPlan, planColumns } from './columns';
import { type CsvReadFailure, CsvRecordReader, type Separator } from './csv-reader';
import { type RowProblem, readRow } from './csv-row';

export { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from './columns';
export type { RowProblem } from './csv-row';

export interface CsvRow {
  line: number;
  item: ImportItem | null;
  problems: RowProblem[];
}

export type CsvParseResult =
  | { ok: true; separator: Separator; rows: CsvRow[] }
  | { ok: false; error: 'empty' | 'missing-columns'; missingColumns: string[] }
  /** A quote never closed, a quote closed then followed by text, a row of over 1 MB. */
  | ({ ok: false; missingColumns: string[] } & CsvReadFailure);

/** Reads an invoice CSV piece by piece (a large file between paints), rows as they complete. */
export class InvoiceCsvParser {
  readonly rows: CsvRow[] = [];
  private readonly reader = new CsvRecordReader();
  private plan: ColumnPlan | null = null;
  private readonly seen = new Set<string>();
  private refused: CsvParseResult | null = null;

  /** False once the file is refused: later pieces are not worth reading. */
  get reading(): boolean {
    return this.refused === null && this.reader.failure === null;
  }

  push(piece: string, last: boolean): void {
    if (!this.reading) return;
    for (const { line, fields } of this.reader.push(piece, last)) {
      if (!this.plan) {
        this.plan = planColumns(fields);
        if (this.plan.missing.length > 0) {
          this.refused = { ok: false, error: 'missing-columns', missingColumns: this.plan.missing };
          return;
        }
        continue;
      }
      const row: CsvRow = { line, ...readRow(fields, this.plan) };
      if (row.item) {
        if (this.seen.has(row.item.number)) {
          row.problems.push({ column: 'numero', code: 'duplicate-in-file', value: row.item.number });
          row.item = null;
        } else this.seen.add(row.item.number);
      }
      this.rows.push(row);
    }
  }

  result(): CsvParseResult {
    if (this.reader.failure) return { ok: false, missingColumns: [], ...this.reader.failure };
    if (this.refused) return this.refused;
    if (!this.plan) return { ok: false, error: 'empty', missingColumns: [] };
    return { ok: true, separator: this.reader.separator ?? ',', rows: this.rows };
  }
}

/** A whole text at once: tests, the hostile suite, small files. */
export function parseInvoiceCsv(text: string): CsvParseResult {
  const parser = new InvoiceCsvParser();
  parser.push(text, true);
  return parser.result();
}
