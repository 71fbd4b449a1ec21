import { describe, expect, it } from 'vitest';
import { importInvoices } from '../../../core/app/track-invoice';
import { freshDb, item, NOW } from './fixture';

describe('tracking invoices from a file or an invoicing page', () => {
  it('writes each invoice with the state the engine derives, and its client once', async () => {
    const db = freshDb();
    const out = await importInvoices(
      db,
      [item('F-1', '2026-03-04'), item('F-2', '2026-04-30', { clientName: 'ACME  sas' })],
      { kind: 'csv', fileName: 'f.csv' },
      NOW,
    );
    expect(out).toEqual({ imported: 2, skippedExisting: [] });
    const clients = await db.clients.toArray();
    // Same name once case and spaces are set aside: one client, with the defaults of a new one.
    expect(clients).toHaveLength(1);
    expect(clients[0]).toMatchObject({
      name: 'Acme SAS',
      addressing: 'vous',
      language: 'fr',
      scenarioId: null,
    });
    const f1 = await db.invoices.where('number').equals('F-1').first();
    // Due 4 March: the standard ladder's first step (J+7 e-mail) falls on 11 March, today.
    expect(f1).toMatchObject({ status: 'open', outstandingCents: 120_000, nextActionDate: '2026-03-11' });
    expect(f1?.origin).toEqual({ kind: 'csv', fileName: 'f.csv' });
  });

  it('skips a number already tracked and never overwrites it', async () => {
    const db = freshDb();
    await importInvoices(db, [item('F-1', '2026-03-04')], { kind: 'manual' }, NOW);
    const again = await importInvoices(
      db,
      [item('F-1', '2026-03-20', { totalCents: 5, amountDueCents: 5 }), item('F-3', '2026-03-20')],
      { kind: 'manual' },
      NOW,
    );
    expect(again).toEqual({ imported: 1, skippedExisting: ['F-1'] });
    const f1 = await db.invoices.where('number').equals('F-1').first();
    expect(f1?.amountDueCents).toBe(120_000);
  });

  it('an invoicing page sends one item with its own origin', async () => {
    const db = freshDb();
    const url = 'https://app.facturation.test/invoices/42';
    await importInvoices(db, [item('W-42', '2026-03-30')], { kind: 'web', url }, NOW);
    expect((await db.invoices.toArray())[0]?.origin).toEqual({ kind: 'web', url });
  });

  it('two companies sharing one accounting address stay two clients', async () => {
    const db = freshDb();
    const shared = { clientEmail: 'factures@cabinet-compta.test' };
    await importInvoices(
      db,
      [
        item('A-1', '2026-03-04', { ...shared, clientName: 'Atelier Nord', clientSiren: '111111111' }),
        item('B-1', '2026-03-04', { ...shared, clientName: 'Boutique Sud', clientSiren: '222222222' }),
        // Same name as the first but another SIREN: another legal entity.
        item('A-2', '2026-03-04', { ...shared, clientName: 'Atelier Nord', clientSiren: '333333333' }),
        // No SIREN and another name: nothing but the address in common.
        item('C-1', '2026-03-04', { ...shared, clientName: 'Chez Camille' }),
      ],
      { kind: 'manual' },
      NOW,
    );
    const clients = await db.clients.toArray();
    expect(clients).toHaveLength(4);
    expect(new Set((await db.invoices.toArray()).map((i) => i.clientId)).size).toBe(4);
  });
});
