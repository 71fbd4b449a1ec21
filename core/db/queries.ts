/**
 * What a case is made of, read from the store: invoices with their client and their events in
 * timeline order, plus the settings and the user's scenarios. Which scenario applies is a
 * decision: core/app/read-case.ts makes it.
 */
import type { Client, Invoice, InvoiceEvent, Scenario, Settings } from '../model';
import type { EcheanceDb } from './database';
import { byDateThenCreation } from './invoice-state';
import { getSettings } from './settings';

export interface CaseRow {
  invoice: Invoice;
  client: Client;
  events: InvoiceEvent[];
}

export interface CaseRows {
  rows: CaseRow[];
  settings: Settings;
  scenarios: Scenario[];
}

/** The rows of some invoices; an invoice whose client is missing is left out. */
export async function caseRowsFor(db: EcheanceDb, invoices: readonly Invoice[]): Promise<CaseRows> {
  const [settings, scenarios, clients, events] = await Promise.all([
    getSettings(db),
    db.scenarios.toArray(),
    invoices.length === 0 ? [] : db.clients.bulkGet([...new Set(invoices.map((i) => i.clientId))]),
    // Reading a few invoices' events goes through the index; most of them, the whole table.
    invoices.length === 0
      ? []
      : invoices.length > 200
        ? db.events.toArray()
        : db.events
            .where('invoiceId')
            .anyOf(invoices.map((i) => i.id))
            .toArray(),
  ]);
  const clientById = new Map(clients.flatMap((c) => (c ? [[c.id, c] as const] : [])));
  // Each list grows in place, not by copying (this runs after every write).
  const byInvoice = new Map<string, InvoiceEvent[]>();
  for (const e of events.sort(byDateThenCreation)) {
    const list = byInvoice.get(e.invoiceId);
    if (list) list.push(e);
    else byInvoice.set(e.invoiceId, [e]);
  }
  const rows = invoices.flatMap((invoice) => {
    const client = clientById.get(invoice.clientId);
    return client ? [{ invoice, client, events: byInvoice.get(invoice.id) ?? [] }] : [];
  });
  return { rows, settings, scenarios };
}

/** The tables a consistent read of cases spans (for a caller's own transaction). */
export const caseTables = (db: EcheanceDb) => [db.invoices, db.clients, db.events, db.scenarios, db.settings];

/** Every invoice's rows, in one read transaction so the snapshot is consistent. */
export async function allCaseRows(db: EcheanceDb): Promise<CaseRows> {
  return db.transaction('r', caseTables(db), async () => caseRowsFor(db, await db.invoices.toArray()));
}
