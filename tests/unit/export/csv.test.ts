import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, formatCsvAmount, invoicesToCsv } from '../../../core/export';
import { parseInvoiceCsv } from '../../../core/import/csv';
import type { ImportItem } from '../../../core/model';
import { cleanMultiLine, cleanSingleLine } from '../../../core/model/text-clean';
import { parseAmount } from '../../../core/money';
import { aClient, anInvoice } from '../dunning/builders';

const acme = aClient({
  id: 'c-acme',
  name: 'Acme; « Studio "Lumière" »',
  emails: ['compta@acme.fr', 'dg@acme.fr'],
  phone: '+33 6 12 34 56 78',
  address: '12 rue des Lilas\n75011 Paris',
  siren: '732829320',
});
const martin = aClient({ id: 'c-martin', name: 'Julie Martin', kind: 'particulier', emails: [] });

const rows = [
  {
    client: acme,
    invoice: anInvoice({
      id: 'i1',
      number: 'F-2026-010',
      clientId: 'c-acme',
      totalCents: 150_000,
      amountDueCents: 150_000,
      outstandingCents: 90_000,
    }),
  },
  {
    client: martin,
    invoice: anInvoice({
      id: 'i2',
      number: 'F-2026-002',
      clientId: 'c-martin',
      issueDate: null,
      dueDate: '2026-02-28',
      totalCents: 123_456_789,
      amountDueCents: 5,
      outstandingCents: 5,
    }),
  },
];

/** What the import should read back: the invoice as it stands today. */
function expectedItem({ invoice, client }: (typeof rows)[number]): Partial<ImportItem> {
  return {
    number: invoice.number,
    clientName: client.name,
    clientEmail: client.emails[0] ?? null,
    clientKind: client.kind,
    clientPhone: client.phone,
    clientAddress: client.address,
    clientSiren: client.siren,
    totalCents: invoice.totalCents,
    amountDueCents: invoice.outstandingCents,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
  };
}

describe('CSV export', () => {
  it('writes French amounts that the import reads back', () => {
    expect(formatCsvAmount(150_000)).toBe('1 500,00');
    expect(formatCsvAmount(5)).toBe('0,05');
    expect(formatCsvAmount(123_456_789)).toBe('1 234 567,89');
    for (const cents of [0, 1, 99, 100_000, 999_999_999])
      expect(parseAmount(formatCsvAmount(cents))).toBe(cents);
  });

  it('starts with a BOM, uses `;` and CRLF, quotes only what needs it', () => {
    const csv = invoicesToCsv(rows);
    expect(
      csv.startsWith(
        '\uFEFFnumero;client;email;montant_ttc;date_emission;date_echeance;type_client;reste_du;telephone;adresse;siren\r\n',
      ),
    ).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    // Sorted by number: F-2026-002 before F-2026-010.
    expect(lines[1]).toBe('F-2026-002;Julie Martin;;1 234 567,89;;2026-02-28;particulier;0,05;;;');
    expect(lines[2]).toBe(
      'F-2026-010;"Acme; « Studio ""Lumière"" »";compta@acme.fr;1 500,00;2026-03-01;2026-03-31;pro;900,00;+33 6 12 34 56 78;"12 rue des Lilas\n75011 Paris";732829320',
    );
  });

  it('is read back by our own CSV import into the same invoices', () => {
    const parsed = parseInvoiceCsv(invoicesToCsv(rows));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.separator).toBe(';');
    expect(parsed.rows.flatMap((r) => r.problems)).toEqual([]);
    const byNumber = new Map(parsed.rows.map((r) => [r.item?.number, r.item]));
    for (const row of rows) expect(byNumber.get(row.invoice.number)).toMatchObject(expectedItem(row));
  });

  it('round-trips any client name, address and amount', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((s) => s.trim());
    const safe = text.filter((s) => s !== '' && !/^[=@+'-]/.test(s));
    // What a stored client can hold: the schemas clean controls and line breaks out of a name
    // (core/model/text-clean.ts) before anything is written, so a raw "\t" never reaches an export.
    const storableName = safe.filter((s) => s === cleanSingleLine(s));
    const storableAddress = safe.filter((s) => s === cleanMultiLine(s));
    fc.assert(
      fc.property(
        storableName,
        fc.option(storableAddress, { nil: null }),
        fc.nat({ max: 1e11 }),
        (name, address, cents) => {
          const client = aClient({ name, address });
          const invoice = anInvoice({ totalCents: cents, amountDueCents: cents, outstandingCents: cents });
          const parsed = parseInvoiceCsv(invoicesToCsv([{ invoice, client }]));
          if (!parsed.ok) throw new Error(parsed.error);
          expect(parsed.rows[0]?.item).toMatchObject(expectedItem({ invoice, client }));
        },
      ),
    );
  });

  it('defuses cells a spreadsheet would run as formulas, but not phone numbers', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-cmd|calc')).toBe("'-cmd|calc");
    expect(csvField('+33 6 12 34 56 78')).toBe('+33 6 12 34 56 78');
    expect(csvField('-12,50')).toBe('-12,50');
  });
});
