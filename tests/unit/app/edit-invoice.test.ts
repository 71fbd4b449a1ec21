import { describe, expect, it } from 'vitest';
import { auditText } from '../../../core/app/edit-history';
import {
  EditRefused,
  editInvoice,
  payInvoice,
  removeInvoice,
  reopenInvoice,
} from '../../../core/app/edit-invoice';
import { undo } from '../../../core/app/undo';
import { latestUndo } from '../../../core/app/undo-offer';
import { eventsOf } from '../../../core/db';
import { EventSchema, type Invoice, type InvoiceEdit } from '../../../core/model';
import { freshDb, item, NOW, seed, TODAY } from './fixture';

const later = (ms: number) => new Date(NOW.getTime() + ms);

function editOf(invoice: Invoice, fields: Partial<InvoiceEdit> = {}): InvoiceEdit {
  return {
    number: invoice.number,
    clientId: invoice.clientId,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    paymentTerms: invoice.paymentTerms,
    totalCents: invoice.totalCents,
    amountDueCents: invoice.amountDueCents,
    currency: invoice.currency,
    mentions: invoice.mentions,
    scenarioId: invoice.scenarioId ?? null,
    ...fields,
  };
}

describe('« Payée » with its date and amount', () => {
  it('a part payment on a past day leaves the invoice open for the rest, and undoes exactly', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-02-01')]);
    const before = await db.invoices.get(f1!.id);
    await payInvoice(db, { invoiceId: f1!.id, date: '2026-03-02', amountCents: 20_000, lang: 'fr' }, NOW);
    const paid = await db.invoices.get(f1!.id);
    expect(paid).toMatchObject({ status: 'open', outstandingCents: 100_000 });
    const [payment] = await eventsOf(db, f1!.id);
    expect(payment).toMatchObject({ type: 'payment', date: '2026-03-02', amountCents: 20_000 });

    const offer = await latestUndo(db, later(5_000));
    expect(offer).toMatchObject({ kind: 'paid', numbers: ['F-1'] });
    expect(await latestUndo(db, later(10_001))).toBeNull();

    await undo(db, offer!.id, later(9_000));
    expect(await eventsOf(db, f1!.id)).toEqual([]);
    expect(await db.invoices.get(f1!.id)).toEqual(before);
    // Done again: the whole rest, today.
    await payInvoice(db, { invoiceId: f1!.id, date: TODAY, amountCents: 120_000, lang: 'fr' }, NOW);
    expect(await db.invoices.get(f1!.id)).toMatchObject({ status: 'paid', outstandingCents: 0 });
  });

  it('refuses a future day, more than what is left, and an undo once the 10 s are over', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-02-01')]);
    const pay = (date: string, amountCents: number, lang: 'fr' | 'en' = 'fr') =>
      payInvoice(db, { invoiceId: f1!.id, date, amountCents, lang }, NOW);
    await expect(pay('2026-03-12', 1_000)).rejects.toThrow(
      'Reçu le : la date ne peut pas être après aujourd’hui.',
    );
    await expect(pay(TODAY, 120_001)).rejects.toThrow(
      /^Montant reçu : il dépasse le reste dû \(1\u202f200,00\s€\)\.$/,
    );
    await expect(pay(TODAY, 120_001, 'en')).rejects.toThrow(/^Amount received: it is more than what is left/);
    expect(await db.events.count()).toBe(0);
    await pay(TODAY, 1_000);
    const offer = await latestUndo(db, NOW);
    await expect(undo(db, offer!.id, later(12_001))).rejects.toThrow('trop tard');
    expect(await db.events.count()).toBe(1);
  });

  it('an undo is refused, with nothing written, when the invoice changed since', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-02-01')]);
    await payInvoice(db, { invoiceId: f1!.id, date: TODAY, amountCents: 1_000, lang: 'fr' }, NOW);
    const first = await latestUndo(db, NOW);
    // A second payment leaves the first one's rows as they were: the first can still be undone.
    await payInvoice(db, { invoiceId: f1!.id, date: TODAY, amountCents: 2_000, lang: 'fr' }, later(1_000));
    const second = await latestUndo(db, later(1_000));
    await undo(db, first!.id, later(2_000));
    expect((await db.invoices.get(f1!.id))?.outstandingCents).toBe(118_000);
    // An edit rewrites the invoice: undoing the payment would write the old facts back over it.
    await editInvoice(db, f1!.id, editOf(f1!, { number: 'F-1b' }), 'fr', later(3_000));
    await expect(undo(db, second!.id, later(4_000))).rejects.toThrow('la facture a changé depuis');
    expect(await db.events.count()).toBe(2);
    expect((await db.invoices.get(f1!.id))?.number).toBe('F-1b');
  });
});

describe('« Rouvrir »', () => {
  it('a paid invoice loses the payment that closed it, and the history says so', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-02-01')]);
    await payInvoice(db, { invoiceId: f1!.id, date: '2026-03-01', amountCents: 20_000, lang: 'fr' }, NOW);
    await payInvoice(db, { invoiceId: f1!.id, date: '2026-03-05', amountCents: 100_000, lang: 'fr' }, NOW);
    expect((await db.invoices.get(f1!.id))?.status).toBe('paid');
    await reopenInvoice(db, f1!.id, 'fr', NOW);
    const reopened = await db.invoices.get(f1!.id);
    expect(reopened).toMatchObject({ status: 'open', outstandingCents: 100_000 });
    const events = await eventsOf(db, f1!.id);
    expect(events.map((e) => e.type)).toEqual(['payment', 'reopened']);
    const entry = events[1]!;
    expect(entry.type === 'reopened' && entry.payment).toEqual({ date: '2026-03-05', amountCents: 100_000 });
    expect(auditText(entry as never, 'fr', 'EUR')).toBe(
      'Facture rouverte : le paiement de 1\u202f000,00\u00a0€ du 05/03/2026 est retiré',
    );
    await expect(reopenInvoice(db, f1!.id, 'fr', NOW)).rejects.toThrow(EditRefused);
    // Undone: paid again, the payment back.
    await undo(db, (await latestUndo(db, NOW))!.id, NOW);
    expect((await db.invoices.get(f1!.id))?.status).toBe('paid');
    expect((await eventsOf(db, f1!.id)).map((e) => e.type)).toEqual(['payment', 'payment']);
  });
});

describe('« Modifier »', () => {
  it('amount and due date changed: outstanding and the next step follow, the history lists the fields', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    expect(f1?.nextActionDate).toBe(TODAY); // J+7 e-mail
    const before = await db.invoices.get(f1!.id);
    await editInvoice(
      db,
      f1!.id,
      editOf(f1!, { totalCents: 150_000, amountDueCents: 150_000, dueDate: '2026-02-20' }),
      'fr',
      NOW,
    );
    const edited = await db.invoices.get(f1!.id);
    expect(edited).toMatchObject({ totalCents: 150_000, outstandingCents: 150_000, dueDate: '2026-02-20' });
    // Due 20 February: the J+7 e-mail was due 27 February (was today), overdue now.
    expect(edited?.nextActionDate).toBe('2026-02-27');
    const [entry] = await eventsOf(db, f1!.id);
    expect(entry?.type).toBe('invoice_edited');
    expect(auditText(entry as never, 'fr', 'EUR')).toBe(
      'Facture modifiée : Date d’échéance 04/03/2026 → 20/02/2026 ; Total TTC 1\u202f200,00\u00a0€ → 1\u202f500,00\u00a0€ ; Montant dû 1\u202f200,00\u00a0€ → 1\u202f500,00\u00a0€',
    );
    expect(EventSchema.parse(entry)).toEqual(entry);
    await undo(db, (await latestUndo(db, NOW))!.id, NOW);
    expect(await db.invoices.get(f1!.id)).toEqual(before);
    expect(await db.events.count()).toBe(0);
  });

  it('refuses an amount below what was paid, a taken number, a due date before the issue date', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-02-01'), item('F-2', '2026-02-01')]);
    await payInvoice(db, { invoiceId: f1!.id, date: TODAY, amountCents: 50_000, lang: 'fr' }, NOW);
    const count = await db.events.count();
    const edit = (fields: Partial<InvoiceEdit>) => editInvoice(db, f1!.id, editOf(f1!, fields), 'fr', NOW);
    await expect(edit({ amountDueCents: 40_000 })).rejects.toThrow(
      /^Montant dû : 500,00\s€ ont déjà été payés ; le montant dû ne peut pas être inférieur\.$/,
    );
    await expect(edit({ number: 'F-2' })).rejects.toThrow('Numéro : la facture F-2 existe déjà.');
    await expect(edit({ issueDate: '2026-02-10', dueDate: '2026-02-01' })).rejects.toThrow(
      /^Date d’échéance :/,
    );
    await expect(edit({ amountDueCents: 130_000 })).rejects.toThrow(/^Montant dû : il ne peut pas dépasser/);
    await expect(edit({ scenarioId: 'nope' })).rejects.toThrow(/^Scénario de relance :/);
    expect(await db.events.count()).toBe(count);
    // The same facts: nothing written, no history line.
    await edit({});
    expect(await db.events.count()).toBe(count);
  });

  it('the invoice’s own scenario drives its ladder', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    await editInvoice(db, f1!.id, editOf(f1!, { scenarioId: 'compact' }), 'fr', NOW);
    const edited = await db.invoices.get(f1!.id);
    expect(edited?.scenarioId).toBe('compact');
    const [entry] = await eventsOf(db, f1!.id);
    expect(entry?.type === 'invoice_edited' && entry.changes.map((c) => c.field)).toEqual(['scenarioId']);
  });
});

describe('« Ne plus suivre »', () => {
  it('erases the invoice, its events and its file; « Annuler » brings them back exactly', async () => {
    const db = freshDb();
    const file = { name: 'F-1.pdf', mime: 'application/pdf', base64: 'JVBERi0=' };
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-02-01', { file })]);
    await payInvoice(db, { invoiceId: f1!.id, date: TODAY, amountCents: 1_000, lang: 'fr' }, NOW);
    const rows = async () => ({
      invoice: await db.invoices.get(f1!.id),
      events: await eventsOf(db, f1!.id),
      files: await db.files.toArray(),
    });
    const before = await rows();
    expect(before.files).toHaveLength(1);
    await removeInvoice(db, f1!.id, 'fr', later(1_000));
    expect(await rows()).toEqual({ invoice: undefined, events: [], files: [] });
    expect(await db.clients.count()).toBe(1);
    await undo(db, (await latestUndo(db, later(2_000)))!.id, later(2_000));
    expect(await rows()).toEqual(before);
  });
});
