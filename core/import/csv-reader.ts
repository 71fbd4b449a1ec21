/**
 * CSV records with Papa Parse's parser, fed the text piece by piece (a 1,000,000-row file is
 * decoded and read in slices, so the page can paint between them), each record with the
 * 1-based line where it starts, for messages that name the line.
 *
 * Around the parser: `;` or `,` detected on the first non-blank line (the import contract);
 * CRLF, CR and LF all end a row, even mixed in one file (Papa Parse takes one line ending per
 * file, so every break is made `\n` first; the model turns breaks inside a value into `\n` or a
 * space anyway, core/model/text.ts); blank lines skipped; a quote never closed, or closed and
 * followed by text, is a failure with its line rather than rows silently glued together.
 */
import Papa from 'papaparse';

export type Separator = ';' | ',';

export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvReadFailure =
  /** A quote opened on `line` is never closed: the rest of the file would be one field. */
  | { error: 'unterminated-quote'; line: number }
  /** A quoted value on `line` is closed and then followed by text (`"Acme"x`). */
  | { error: 'malformed-quote'; line: number }
  /** A row longer than any invoice row can be (a binary file, a quote swallowing the file). */
  | { error: 'line-too-long'; line: number };

/** A real row is under 2 KB (the schema's limits): past this, the file is not one we read. */
const MAX_ROW_CHARS = 1_000_000;

export function detectSeparator(headerLine: string): Separator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

const isBlank = (fields: string[]) => fields.every((f) => f.trim() === '');

function breaksIn(field: string): number {
  let n = 0;
  for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) n++;
  return n;
}

/** Feed it text with `push`, in order; it answers the records each piece completed. */
export class CsvRecordReader {
  separator: Separator | null = null;
  failure: CsvReadFailure | null = null;
  private parser: Papa.Parser | null = null;
  /** Text of a row not finished yet (the parser saw no line end after it). */
  private partial = '';
  /** A CR at the end of a piece: its LF may open the next one. */
  private pendingCr = false;
  /** Line where the next row starts. */
  private line = 1;
  private started = false;

  push(piece: string, last: boolean): CsvRecord[] {
    if (this.failure) return [];
    let text = (this.pendingCr ? '\r' : '') + piece;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.pendingCr = !last && text.endsWith('\r');
    if (this.pendingCr) text = text.slice(0, -1);
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    const input = this.partial + text;
    this.partial = '';
    if (!this.parser) {
      const firstLine = /^[^\n]*\S[^\n]*(\n|$)/m.exec(input);
      if (!firstLine || (!last && firstLine[1] === '')) return this.keep(input);
      this.separator = detectSeparator(firstLine[0]);
      this.parser = new Papa.Parser({ delimiter: this.separator, newline: '\n', quoteChar: '"' });
    }
    const result = this.parser.parse(input, 0, !last) as Papa.ParseResult<string[]>;
    const rows = result.data;
    const quoted = input.includes('"');
    const lines = new Array<number>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      lines[i] = this.line;
      let span = 1;
      if (quoted) for (const field of rows[i]!) span += breaksIn(field);
      this.line += span;
    }
    // A row still open at the end of a piece is read again with the next one: only the
    // errors of finished rows count.
    const quoteError = result.errors.find((e) => e.type === 'Quotes' && (last || (e.row ?? 0) < rows.length));
    if (quoteError) return this.quoteFailure(quoteError, rows, lines);
    const records: CsvRecord[] = [];
    for (let i = 0; i < rows.length; i++) {
      if (!isBlank(rows[i]!)) records.push({ line: lines[i]!, fields: rows[i]! });
    }
    if (!last) this.keep(input.substring(result.meta.cursor));
    return records;
  }

  private keep(rest: string): CsvRecord[] {
    if (rest.length > MAX_ROW_CHARS) {
      this.failure = rest.includes('"')
        ? { error: 'unterminated-quote', line: this.line }
        : { error: 'line-too-long', line: this.line };
    } else this.partial = rest;
    return [];
  }

  private quoteFailure(error: Papa.ParseError, rows: string[][], lines: number[]): CsvRecord[] {
    const row = Math.min(error.row ?? rows.length - 1, rows.length - 1);
    const start = lines[row] ?? this.line;
    if (error.code === 'MissingQuotes') {
      // The unclosed value is the row's last field: its quote opened after the breaks before it.
      const before = (rows[row] ?? []).slice(0, -1).reduce((n, f) => n + breaksIn(f), 0);
      this.failure = { error: 'unterminated-quote', line: start + before };
    } else this.failure = { error: 'malformed-quote', line: start };
    return [];
  }
}
