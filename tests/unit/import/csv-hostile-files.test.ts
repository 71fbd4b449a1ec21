import { describe, expect, it } from 'vitest';
import { csvField } from '../../../core/export/csv';
import { parseInvoiceCsv } from '../../../core/import/csv';
import { decodeCsvBytes } from '../../../core/import/decode';

const HEADER = 'numero;client;email;montant_ttc;date_emission;date_echeance;type_client;telephone';

describe('CSV files as spreadsheets save them', () => {
  it('an unterminated quote is reported with its line, not swallowing the file', () => {
    const csv = [
      HEADER,
      'F-1;Acme;;100;01/02/2026;03/03/2026;pro;',
      'F-2;"Bolt;;100;01/02/2026;03/03/2026;pro;',
      'F-3;Cid;;100;01/02/2026;03/03/2026;pro;',
    ].join('\n');
    expect(parseInvoiceCsv(csv)).toEqual({
      ok: false,
      error: 'unterminated-quote',
      missingColumns: [],
      line: 3,
    });
  });

  it('Windows-1252 (Excel on a French Windows) is read, accents included', () => {
    const bytes = new Uint8Array(
      Buffer.from(`${HEADER}\nF-1;Société Générale;;1 500,00;01/02/2026;03/03/2026;pro;\n`, 'latin1'),
    );
    const { text, encoding } = decodeCsvBytes(bytes);
    expect(encoding).toBe('windows-1252');
    const result = parseInvoiceCsv(text);
    expect(result.ok && result.rows[0]?.item?.clientName).toBe('Société Générale');
  });

  it('UTF-8 with and without a BOM, and UTF-16 with its BOM, give the same rows', () => {
    const text = `${HEADER}\nF-1;Société;;1 500,00;01/02/2026;03/03/2026;pro;\n`;
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    for (const bytes of [Buffer.from(text), Buffer.from(`\uFEFF${text}`), utf16]) {
      const result = parseInvoiceCsv(decodeCsvBytes(new Uint8Array(bytes)).text);
      expect(result.ok && result.rows[0]?.item?.clientName).toBe('Société');
    }
  });

  it('export then import gives back the exact phone and name (no apostrophe left)', () => {
    const phone = '+33 (0)6 12 34 56 78';
    const name = '=Acme';
    const csv = `${HEADER}\nF-1;${csvField(name)};;100;01/02/2026;03/03/2026;pro;${csvField(phone)}\n`;
    expect(csv).toContain(`'${phone}`);
    const result = parseInvoiceCsv(csv);
    expect(result.ok && [result.rows[0]?.item?.clientName, result.rows[0]?.item?.clientPhone]).toEqual([
      name,
      phone,
    ]);
  });

  it('an apostrophe the export would not have added is kept', () => {
    const csv = `${HEADER}\nF-1;'Tis Ltd;;100;01/02/2026;03/03/2026;pro;'06 12\n`;
    const result = parseInvoiceCsv(csv);
    expect(result.ok && [result.rows[0]?.item?.clientName, result.rows[0]?.item?.clientPhone]).toEqual([
      "'Tis Ltd",
      "'06 12",
    ]);
  });
});
