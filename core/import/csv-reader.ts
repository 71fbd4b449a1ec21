/**
 * A small RFC 4180 reader: quoted fields (with "" escapes and line breaks inside), `;` or
 * `,` separators (detected on the header line), CRLF or LF, and a UTF-8 BOM.
 */
export interface CsvTable {
  separator: ';' | ',';
  header: string[];
  /** Each record with the 1-based line where it starts in the file. */
  records: { line: number; fields: string[] }[];
  /** Line of a quote never closed: the rest of the file would be one field, so it is refused. */
  unterminatedQuoteLine: number | null;
}

export function detectSeparator(headerLine: string): ';' | ',' {
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

export function readCsv(text: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLineEnd = src.search(/\r?\n/);
  const separator = detectSeparator(firstLineEnd === -1 ? src : src.slice(0, firstLineEnd));
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  let quoteLine = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === separator) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      fields.push(field);
      rows.push({ line: rowStart, fields });
      fields = [];
      field = '';
      line++;
      rowStart = line;
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    rows.push({ line: rowStart, fields });
  }
  const nonEmpty = rows.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const [head, ...records] = nonEmpty;
  const header = head ? head.fields.map((h) => h.trim().toLowerCase()) : [];
  return { separator, header, records, unterminatedQuoteLine: quoted ? quoteLine : null };
}
