import { describe, expect, it } from 'vitest';
import { parseInvoiceCsv } from '../../../core/import/csv';

const header = 'numero;client;email;montant_ttc;date_emission;date_echeance;type_client';

describe('CSV import', () => {
  it('reads French amounts and dates with ; separators', () => {
    const r = parseInvoiceCsv(
      `${header}\nF-1;Acme SAS;compta@acme.test;1 500,00;01/03/2026;31/03/2026;pro\n`,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.separator).toBe(';');
    expect(r.rows[0]?.item).toMatchObject({
      number: 'F-1',
      totalCents: 150000,
      amountDueCents: 150000,
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
      clientKind: 'pro',
    });
  });

  it('reads plain amounts and ISO dates with , separators, quoted fields and a BOM', () => {
    const csv =
      '\uFEFFnumero,client,email,montant_ttc,date_emission,date_echeance,type_client,reste_du,adresse\r\n' +
      'F-2,"Dupont, Jean",jean@mail.test,1500.00,2026-03-01,2026-03-31,particulier,"1 000,00","1 rue A\n75001 Paris"\r\n';
    const r = parseInvoiceCsv(csv);
    expect(r.ok && r.rows[0]?.item).toMatchObject({
      clientName: 'Dupont, Jean',
      totalCents: 150000,
      amountDueCents: 100000,
      clientAddress: '1 rue A\n75001 Paris',
    });
  });

  it('reports each bad row with the reason and keeps the good ones', () => {
    const csv = [
      header,
      'F-1;Acme;a@acme.test;100;01/03/2026;31/03/2026;pro',
      'F-2;Acme;a@acme.test;cent euros;01/03/2026;31/03/2026;pro',
      'F-3;Acme;a@acme.test;100;01/03/2026;31/02/2026;pro',
      'F-4;Acme;a@acme.test;100;01/03/2026;31/03/2026;entreprise',
      ';Acme;a@acme.test;100;01/03/2026;31/03/2026;pro',
      'F-1;Acme;a@acme.test;100;01/03/2026;31/03/2026;pro',
    ].join('\n');
    const r = parseInvoiceCsv(csv);
    if (!r.ok) throw new Error('expected rows');
    expect(
      r.rows.map((row) => [row.line, row.item ? 'ok' : row.problems.map((p) => p.code).join('+')]),
    ).toEqual([
      [2, 'ok'],
      [3, 'bad-amount'],
      [4, 'bad-date'],
      [5, 'bad-kind'],
      [6, 'missing'],
      [7, 'duplicate-in-file'],
    ]);
  });

  it('refuses a file without the needed columns, naming them (the mapping step asks for them)', () => {
    // « number » and « customer » are recognised (English headers); the total and due date are not there.
    const r = parseInvoiceCsv('number,customer\nF-1,Acme');
    expect(r).toMatchObject({
      ok: false,
      error: 'missing-columns',
      missingColumns: ['montant_ttc', 'date_echeance'],
      plan: { header: ['number', 'customer'], signature: 'number|customer' },
    });
    expect(parseInvoiceCsv('')).toMatchObject({ ok: false, error: 'empty' });
  });

  it('refuses a due date before the issue date and a remainder above the total', () => {
    const r = parseInvoiceCsv(
      `${header};reste_du\nF-1;A;;100;10/03/2026;01/03/2026;pro;\nF-2;A;;100;01/03/2026;10/03/2026;pro;200`,
    );
    if (!r.ok) throw new Error('expected rows');
    expect(r.rows.map((x) => x.problems.map((p) => p.code))).toEqual([
      ['due-before-issue'],
      ['remaining-above-total'],
    ]);
  });
});
