/** Invoices with everything the dunning engine needs about them. */
import { type DunningCase, scenarioFor } from '../dunning';
import type { Invoice, InvoiceEvent, Settings } from '../model';
import type { EcheanceDb } from './database';
import { getSettings } from './repository';

/** The cases (client, events, scenario) of some invoices. */
export async function casesFor(db: EcheanceDb, invoices: Invoice[]): Promise<DunningCase[]> {
  if (invoices.length === 0) return [];
  const [settings, scenarios, clients, events] = await Promise.all([
    getSettings(db),
    db.scenarios.toArray(),
    db.clients.bulkGet([...new Set(invoices.map((i) => i.clientId))]),
    // Reading a few invoices' events goes through the index; most of them, the whole table.
    invoices.length > 200
      ? db.events.toArray()
      : db.events
          .where('invoiceId')
          .anyOf(invoices.map((i) => i.id))
          .toArray(),
  ]);
  const clientById = new Map(clients.flatMap((c) => (c ? [[c.id, c] as const] : [])));
  // ISO dates and timestamps sort by code unit, much faster than localeCompare over a whole
  // table (this runs after every write); each list grows in place, not by copying.
  const byInvoice = new Map<string, InvoiceEvent[]>();
  for (const e of events.sort(byDateThenCreation)) {
    const list = byInvoice.get(e.invoiceId);
    if (list) list.push(e);
    else byInvoice.set(e.invoiceId, [e]);
  }
  return invoices.flatMap((invoice) => {
    const client = clientById.get(invoice.clientId);
    if (!client) return [];
    const scenario = scenarioFor(client.scenarioId, settings.defaultScenarioId, scenarios);
    return [{ invoice, client, events: byInvoice.get(invoice.id) ?? [], scenario }];
  });
}

const byDateThenCreation = (a: InvoiceEvent, b: InvoiceEvent) =>
  a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : a.createdAt < b.createdAt
        ? -1
        : a.createdAt > b.createdAt
          ? 1
          : 0;

/** Every invoice with its client, events and scenario, and the settings, in one transaction. */
export async function allCases(db: EcheanceDb): Promise<{ cases: DunningCase[]; settings: Settings }> {
  return db.transaction('r', [db.invoices, db.clients, db.events, db.scenarios, db.settings], async () => ({
    cases: await casesFor(db, await db.invoices.toArray()),
    settings: await getSettings(db),
  }));
}
