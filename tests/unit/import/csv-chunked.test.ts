import { describe, expect, it } from 'vitest';
import { parseInvoiceCsv } from '../../../core/import/csv';
import { parseInvoiceCsvBytes } from '../../../core/import/csv-file';
import { CsvRecordReader } from '../../../core/import/csv-reader';

const HEADER = 'numero;client;email;montant_ttc;date_emission;date_echeance;type_client;adresse';
const row = (i: number, address = '') =>
  `F-${i};Client ${i};c${i}@exemple.test;${i},50;01/02/2026;03/03/2026;pro;${address}`;
const noPause = async () => {};

/** The same text read in pieces of every size from 1 to 40 characters. */
function inPieces(text: string, size: number) {
  const reader = new CsvRecordReader();
  const out = [];
  for (let at = 0; at < text.length; at += size) {
    out.push(...reader.push(text.slice(at, at + size), at + size >= text.length));
  }
  if (text.length === 0) out.push(...reader.push('', true));
  return { records: out, failure: reader.failure };
}

describe('the Papa Parse reader, fed in pieces', () => {
  const text = [
    HEADER,
    row(1, '"12 rue A\r\n75001 Paris"'),
    '',
    row(2, '"dit ""le grand"""'),
    row(3, '"a;b"'),
  ].join('\r\n');

  it('gives the same records and lines whatever the piece size (quotes and CRLF cut anywhere)', () => {
    const whole = inPieces(text, text.length);
    expect(whole.records.map((r) => r.line)).toEqual([1, 2, 5, 6]);
    expect(whole.records[1]?.fields[7]).toBe('12 rue A\n75001 Paris');
    expect(whole.records[2]?.fields[7]).toBe('dit "le grand"');
    expect(whole.records[3]?.fields[7]).toBe('a;b');
    for (let size = 1; size <= 40; size++) expect(inPieces(text, size)).toEqual(whole);
  });

  it('mixed line endings (CRLF, LF, CR) each end a row', () => {
    const mixed = `${HEADER}\r\n${row(1)}\n${row(2)}\r${row(3)}\r\n`;
    const r = parseInvoiceCsv(mixed);
    expect(r.ok && r.rows.map((x) => [x.line, x.item?.number])).toEqual([
      [2, 'F-1'],
      [3, 'F-2'],
      [4, 'F-3'],
    ]);
  });

  it('an unclosed quote after a multi-line value is reported on the line where it opens', () => {
    const csv = [
      HEADER,
      row(1, '"two\nlines"'),
      row(2),
      `F-3;"Cid;;1;01/02/2026;03/03/2026;pro;`,
      row(4),
    ].join('\n');
    expect(parseInvoiceCsv(csv)).toEqual({
      ok: false,
      error: 'unterminated-quote',
      missingColumns: [],
      line: 5,
    });
    for (const size of [3, 7, 64])
      expect(inPieces(csv, size).failure).toEqual({ error: 'unterminated-quote', line: 5 });
  });

  it('a quote closed then followed by text refuses the file with its line, rather than gluing rows', () => {
    const csv = [HEADER, row(1), 'F-2;"Bolt"x;;1;01/02/2026;03/03/2026;pro;', row(3, '"x"')].join('\n');
    expect(parseInvoiceCsv(csv)).toMatchObject({ ok: false, error: 'malformed-quote', line: 3 });
  });

  it('a row of over a million characters stops the reading early', () => {
    const reader = new CsvRecordReader();
    reader.push(`${HEADER}\n`, false);
    for (let i = 0; i < 3; i++) reader.push('x'.repeat(600_000), false);
    expect(reader.failure).toEqual({ error: 'line-too-long', line: 2 });
    const quoted = new CsvRecordReader();
    quoted.push(`${HEADER}\n${row(1)}\nF-2;"`, false);
    quoted.push('y'.repeat(1_200_000), false);
    expect(quoted.failure).toEqual({ error: 'unterminated-quote', line: 3 });
  });
});

describe('a file read in slices, with a pause between them', () => {
  const csv = `${[HEADER, ...Array.from({ length: 3000 }, (_, i) => row(i + 1, i % 7 === 0 ? '"1 rue B\n75002 Paris"' : ''))].join('\n')}\n`;

  it('gives exactly the rows of the one-piece reading, pausing and reporting progress', async () => {
    let pauses = 0;
    const progress: number[] = [];
    const sliced = await parseInvoiceCsvBytes(new TextEncoder().encode(csv), {
      sliceBytes: 4096,
      pause: async () => {
        pauses++;
      },
      onProgress: (p) => progress.push(p.rowsRead),
    });
    const { encoding, ...result } = sliced;
    expect(encoding).toBe('utf-8');
    expect(result).toEqual(parseInvoiceCsv(csv));
    expect(result.ok && result.rows).toHaveLength(3000);
    expect(pauses).toBeGreaterThan(50);
    expect(progress.at(-1)).toBeGreaterThan(2900);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('Windows-1252 is noticed past the first slice and the file read again from the start', async () => {
    const latin = `${csv}F-9999;Société Générale;;1;01/02/2026;03/03/2026;pro;\n`;
    const bytes = new Uint8Array(Buffer.from(latin, 'latin1'));
    const result = await parseInvoiceCsvBytes(bytes, { sliceBytes: 4096, pause: noPause });
    expect(result.encoding).toBe('windows-1252');
    expect(result.ok && result.rows.at(-1)?.item?.clientName).toBe('Société Générale');
    expect(result.ok && result.rows).toHaveLength(3001);
  });

  it('UTF-16 (both byte orders) and UTF-8 with a BOM, cut in odd slices, read the same', async () => {
    const small = `${HEADER}\nF-1;Élodie Müller;;1;01/02/2026;03/03/2026;pro;\n`;
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(small, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(small, 'utf16le').swap16()]);
    const bom = new Uint8Array(Buffer.from(`\uFEFF${small}`));
    for (const bytes of [le, be, bom]) {
      const result = await parseInvoiceCsvBytes(bytes, { sliceBytes: 7, pause: noPause });
      expect(result.ok && result.rows.map((r) => r.item?.clientName)).toEqual(['Élodie Müller']);
    }
  });

  it('a refused header stops reading at once', async () => {
    let slices = 0;
    const result = await parseInvoiceCsvBytes(new TextEncoder().encode(`number;customer\n${csv}`), {
      sliceBytes: 1024,
      pause: async () => {
        slices++;
      },
    });
    expect(result).toMatchObject({ ok: false, error: 'missing-columns' });
    expect(slices).toBe(1);
  });
});
