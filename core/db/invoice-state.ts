/**
 * An invoice's cached state (status, outstanding, next action) and the one order of its
 * events. The state is computed by the engine; core/db only receives the computation as a
 * `Deriver` (core/app/derive.ts builds it), so the store never decides anything itself.
 */
import type { Client, Invoice, InvoiceEvent, InvoiceStatus, IsoDate } from '../model';
import type { EcheanceDb } from './database';

/** The cached fields of an invoice, derived from its events by core/dunning. */
export interface DerivedState {
  status: InvoiceStatus;
  outstandingCents: number;
  nextActionDate: IsoDate | null;
}
export type Deriver = (
  invoice: Invoice,
  client: Client,
  events: InvoiceEvent[],
  today: IsoDate,
) => DerivedState;

/**
 * The order of a timeline everywhere: by day, then by when it was recorded (two events of one
 * day — a promise then a payment — must replay in the order they happened). ISO dates and
 * timestamps sort by code unit, much faster than localeCompare over a whole table.
 */
export function byDateThenCreation(a: InvoiceEvent, b: InvoiceEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return 0;
}

/** One invoice's events, in timeline order. */
export async function eventsOf(db: EcheanceDb, invoiceId: string): Promise<InvoiceEvent[]> {
  return (await db.events.where('invoiceId').equals(invoiceId).toArray()).sort(byDateThenCreation);
}

/** Recomputes an invoice's cached state from its events (call inside a transaction). */
export async function refreshInvoice(
  db: EcheanceDb,
  invoice: Invoice,
  derive: Deriver,
  today: IsoDate,
): Promise<void> {
  const client = await db.clients.get(invoice.clientId);
  if (!client) throw new Error(`client inconnu : ${invoice.clientId}`);
  await db.invoices.put({ ...invoice, ...derive(invoice, client, await eventsOf(db, invoice.id), today) });
}
