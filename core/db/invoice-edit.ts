/**
 * Issue #20's writes: an invoice rewritten with its history entry, events taken out and put in,
 * an invoice erased with its events and files. Each refreshes the cached state in the same
 * transaction; what to write is decided in core/app/edit-invoice.ts.
 */
import type { Invoice, InvoiceEvent, IsoDate } from '../model';
import type { EcheanceDb } from './database';
import { type Deriver, refreshInvoice } from './invoice-state';

/** Writes the invoice as edited and its history entry, then its cached state. */
export async function rewriteInvoice(
  db: EcheanceDb,
  invoice: Invoice,
  entry: InvoiceEvent,
  derive: Deriver,
  today: IsoDate,
): Promise<void> {
  await db.transaction('rw', db.invoices, db.clients, db.events, async () => {
    await db.invoices.put(invoice);
    await db.events.add(entry);
    await refreshInvoice(db, invoice, derive, today);
  });
}

/** Removes some of an invoice's events and adds others (a reopening), then its cached state. */
export async function replaceEvents(
  db: EcheanceDb,
  invoiceId: string,
  removed: readonly string[],
  added: readonly InvoiceEvent[],
  derive: Deriver,
  today: IsoDate,
): Promise<void> {
  await db.transaction('rw', db.invoices, db.clients, db.events, async () => {
    const invoice = await db.invoices.get(invoiceId);
    if (!invoice) throw new Error(`facture inconnue : ${invoiceId}`);
    await db.events.bulkDelete([...removed]);
    await db.events.bulkAdd([...added]);
    await refreshInvoice(db, invoice, derive, today);
  });
}

/** Erases an invoice, its events and its stored files. */
export async function eraseInvoice(db: EcheanceDb, invoiceId: string): Promise<void> {
  await db.transaction('rw', db.invoices, db.events, db.files, async () => {
    const invoice = await db.invoices.get(invoiceId);
    if (!invoice) return;
    await db.events.where('invoiceId').equals(invoiceId).delete();
    await db.files.where('invoiceId').equals(invoiceId).delete();
    if (invoice.fileId) await db.files.delete(invoice.fileId);
    await db.invoices.delete(invoiceId);
  });
}
