/**
 * The invoice import: the contract's CSV (ARCHITECTURE.md: columns
 * `numero,client,email,montant_ttc,date_emission,date_echeance,type_client`, optional
 * `reste_du,telephone,adresse,siren`) and the exports of invoicing tools, CSV or XLSX. Records
 * come from Papa Parse (csv-reader.ts) or a sheet (xlsx.ts), columns are found by columns.ts,
 * each row is checked on its own (csv-row.ts). Nothing is written here: the caller shows the
 * preview and sends the valid rows once the user confirms.
 */
import type { ImportItem } from '../model';
import { type ColumnChoice, type ColumnPlan, planColumns } from './columns';
import { type CsvReadFailure, CsvRecordReader, type Separator } from './csv-reader';
import { type RowFacts, type RowProblem, readRow } from './csv-row';

export { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from './columns';
export type { RowFacts, RowProblem } from './csv-row';

export interface CsvRow {
  line: number;
  item: ImportItem | null;
  problems: RowProblem[];
  facts: RowFacts;
}

export type CsvParseResult =
  | { ok: true; separator: Separator; rows: CsvRow[]; plan: ColumnPlan }
  | { ok: false; error: 'empty'; missingColumns: string[] }
  /** The header names none of the needed columns: the mapping step asks for them. */
  | { ok: false; error: 'missing-columns'; missingColumns: string[]; plan: ColumnPlan }
  /** A quote never closed, a quote closed then followed by text, a row of over 1 MB. */
  | ({ ok: false; missingColumns: string[] } & CsvReadFailure);

/** The user's confirmed mappings, by file shape (signature → choice). */
export type SavedChoices = ReadonlyMap<string, ColumnChoice>;

/** Reads an invoice file piece by piece (a large file between paints), rows as they complete. */
export class InvoiceCsvParser {
  readonly rows: CsvRow[] = [];
  private readonly reader = new CsvRecordReader();
  private plan: ColumnPlan | null = null;
  private readonly seen = new Set<string>();
  private refused: CsvParseResult | null = null;

  /** `choice`: the columns the user set for this file; `saved`: mappings confirmed before. */
  constructor(
    private readonly choice: ColumnChoice | null = null,
    private readonly saved: SavedChoices = new Map(),
  ) {}

  /** False once the file is refused: later pieces are not worth reading. */
  get reading(): boolean {
    return this.refused === null && this.reader.failure === null;
  }

  push(piece: string, last: boolean): void {
    if (!this.reading) return;
    for (const { line, fields } of this.reader.push(piece, last)) {
      this.record(line, fields);
      if (!this.reading) return;
    }
  }

  /** One record (a sheet's row): the first is the header. */
  record(line: number, fields: string[]): void {
    if (!this.plan) {
      const first = planColumns(fields);
      this.plan = planColumns(fields, this.choice ?? this.saved.get(first.signature) ?? null);
      if (this.plan.missing.length > 0) {
        this.refused = {
          ok: false,
          error: 'missing-columns',
          missingColumns: this.plan.missing,
          plan: this.plan,
        };
      }
      return;
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

  result(): CsvParseResult {
    if (this.reader.failure) return { ok: false, missingColumns: [], ...this.reader.failure };
    if (this.refused) return this.refused;
    if (!this.plan) return { ok: false, error: 'empty', missingColumns: [] };
    return { ok: true, separator: this.reader.separator ?? ',', rows: this.rows, plan: this.plan };
  }
}

/** A whole text at once: tests, the hostile suite, small files. */
export function parseInvoiceCsv(text: string, choice: ColumnChoice | null = null): CsvParseResult {
  const parser = new InvoiceCsvParser(choice);
  parser.push(text, true);
  return parser.result();
}
