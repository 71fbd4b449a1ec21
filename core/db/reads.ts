/**
 * Read-only queries the screens' read models (core/app) need, one per need, so no component
 * reads a table itself. Each reads only what its need asks for; none decides anything.
 */
import { isOwed } from '../dashboard/aging';
import type { Backup, Client, Invoice, InvoiceEvent, Scenario, StoredFile } from '../model';
import type { EcheanceDb } from './database';

/** One invoice by id (undefined when it is gone). */
export function getInvoice(db: EcheanceDb, id: string): Promise<Invoice | undefined> {
  return db.invoices.get(id);
}

/** The files stored with one invoice (the court kit's exhibits), through the invoiceId index. */
export function filesOfInvoice(db: EcheanceDb, invoiceId: string): Promise<StoredFile[]> {
  return db.files.where('invoiceId').equals(invoiceId).toArray();
}

/** The user's own scenarios (presets are not stored). */
export function listScenarios(db: EcheanceDb): Promise<Scenario[]> {
  return db.scenarios.toArray();
}

export function listClients(db: EcheanceDb): Promise<Client[]> {
  return db.clients.toArray();
}

/** Every event: the clients page counts reminders and delays over all of them. */
export function listEvents(db: EcheanceDb): Promise<InvoiceEvent[]> {
  return db.events.toArray();
}

/** Payment events only, through the type index. */
export function listPayments(db: EcheanceDb): Promise<InvoiceEvent[]> {
  return db.events.where('type').equals('payment').toArray();
}

/**
 * Invoices still owed (not paid, not written off, something outstanding). There is no status
 * index (schema v4 dropped it), so the rows are filtered as they are read, never all kept.
 */
export function owedInvoices(db: EcheanceDb): Promise<Invoice[]> {
  return db.invoices.filter(isOwed).toArray();
}

/** Every invoice: a client's payment behaviour looks at paid ones too. */
export function listInvoices(db: EcheanceDb): Promise<Invoice[]> {
  return db.invoices.toArray();
}

/** The rows a backup is merged into, in one consistent snapshot (settings apart). */
export type StoredRows = Pick<Backup, 'clients' | 'invoices' | 'events' | 'scenarios' | 'files'>;

export function currentRows(db: EcheanceDb): Promise<StoredRows> {
  return db.transaction('r', [db.clients, db.invoices, db.events, db.scenarios, db.files], async () => ({
    clients: await db.clients.toArray(),
    invoices: await db.invoices.toArray(),
    events: await db.events.toArray(),
    scenarios: await db.scenarios.toArray(),
    files: await db.files.toArray(),
  }));
}
