/** Client writes and the list of invoices with their client. */
import type { Client, Invoice, IsoDate } from '../model';
import type { EcheanceDb } from './database';
import { type Deriver, refreshInvoice } from './invoice-state';

/** Saves an edited client and refreshes its invoices (tu/vous, scenario and kind change them). */
export async function saveClient(
  db: EcheanceDb,
  client: Client,
  derive: Deriver,
  today: IsoDate,
): Promise<void> {
  await db.transaction('rw', db.invoices, db.clients, db.events, async () => {
    if (!(await db.clients.get(client.id))) throw new Error(`client inconnu : ${client.id}`);
    await db.clients.put(client);
    for (const invoice of await db.invoices.where('clientId').equals(client.id).toArray()) {
      await refreshInvoice(db, invoice, derive, today);
    }
  });
}

/** An invoice with its client, as the lists show it. */
export interface InvoiceRow {
  invoice: Invoice;
  client: Client;
}

export async function listInvoiceRows(db: EcheanceDb): Promise<InvoiceRow[]> {
  const [invoices, clients] = await Promise.all([db.invoices.toArray(), db.clients.toArray()]);
  const byId = new Map(clients.map((c) => [c.id, c]));
  return invoices.flatMap((invoice) => {
    const client = byId.get(invoice.clientId);
    return client ? [{ invoice, client }] : [];
  });
}
