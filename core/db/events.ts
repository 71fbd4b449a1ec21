/** Timeline writes: each one adds events and refreshes the cached state in one transaction. */
import { type Invoice, type InvoiceEvent, type IsoDate, newId } from '../model';
import type { EcheanceDb } from './database';
import { type Deriver, refreshInvoice } from './invoice-state';

/** Adds a timeline event and refreshes the invoice's cached state, atomically. */
export async function addEvent(
  db: EcheanceDb,
  event: InvoiceEvent,
  derive: Deriver,
  today: IsoDate,
): Promise<void> {
  await addEvents(db, [event], derive, today);
}

/**
 * Adds events (one reminder covering several invoices, say) in one transaction. Collective
 * proceedings concern the debtor, not one invoice (C. com. L622-21): they are set on the
 * client, and every invoice of that client is refreshed.
 */
export async function addEvents(
  db: EcheanceDb,
  events: readonly InvoiceEvent[],
  derive: Deriver,
  today: IsoDate,
): Promise<void> {
  await db.transaction('rw', db.invoices, db.clients, db.events, async () => {
    const touched = new Map<string, Invoice>();
    for (const event of events) {
      const invoice = touched.get(event.invoiceId) ?? (await db.invoices.get(event.invoiceId));
      if (!invoice) throw new Error(`facture inconnue : ${event.invoiceId}`);
      await db.events.add(event);
      touched.set(invoice.id, invoice);
      if (event.type === 'proceedings_opened') {
        await db.clients.update(invoice.clientId, {
          proceedings: { kind: event.kind, bodaccDate: event.bodaccDate },
        });
        for (const sibling of await db.invoices.where('clientId').equals(invoice.clientId).toArray()) {
          touched.set(sibling.id, sibling);
        }
      }
    }
    for (const invoice of touched.values()) await refreshInvoice(db, invoice, derive, today);
  });
}

/** What is left to pay on an invoice: the amount due less the payments recorded. */
export async function leftToPay(db: EcheanceDb, invoiceId: string): Promise<number> {
  const invoice = await db.invoices.get(invoiceId);
  if (!invoice) throw new Error(`facture inconnue : ${invoiceId}`);
  const events = await db.events.where('invoiceId').equals(invoiceId).toArray();
  return invoice.amountDueCents - events.reduce((s, e) => (e.type === 'payment' ? s + e.amountCents : s), 0);
}

/**
 * Records that the rest was paid, computing it inside the transaction from the events, so a
 * double click (or the card and the popup at once) cannot pay twice.
 */
export async function payInFull(
  db: EcheanceDb,
  invoiceId: string,
  date: IsoDate,
  createdAt: string,
  derive: Deriver,
): Promise<void> {
  await db.transaction('rw', db.invoices, db.clients, db.events, async () => {
    const rest = await leftToPay(db, invoiceId);
    if (rest <= 0) return;
    await db.events.add({
      id: newId(),
      invoiceId,
      type: 'payment',
      amountCents: rest,
      date,
      createdAt,
      note: '',
    });
    const invoice = await db.invoices.get(invoiceId);
    if (invoice) await refreshInvoice(db, invoice, derive, date);
  });
}
