import { type EcheanceDb, getSettings } from '../../core/db';
import { type DunningCase, scenarioFor } from '../../core/dunning';
import type { InvoiceEvent, Language, Settings } from '../../core/model';
import { uiLanguage } from '../../core/platform';

/** Every invoice with its client, events and scenario, read in one transaction. */
export async function loadCases(db: EcheanceDb): Promise<{ cases: DunningCase[]; settings: Settings }> {
  return db.transaction('r', [db.invoices, db.clients, db.events, db.scenarios, db.settings], async () => {
    const [invoices, clients, events, scenarios, settings] = await Promise.all([
      db.invoices.toArray(),
      db.clients.toArray(),
      db.events.toArray(),
      db.scenarios.toArray(),
      getSettings(db),
    ]);
    const clientById = new Map(clients.map((c) => [c.id, c]));
    const eventsByInvoice = new Map<string, InvoiceEvent[]>();
    for (const e of events.sort(
      (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
    )) {
      const list = eventsByInvoice.get(e.invoiceId) ?? [];
      list.push(e);
      eventsByInvoice.set(e.invoiceId, list);
    }
    const cases = invoices.flatMap((invoice) => {
      const client = clientById.get(invoice.clientId);
      if (!client) return [];
      const scenario = scenarioFor(client.scenarioId, settings.defaultScenarioId, scenarios);
      return [{ invoice, client, events: eventsByInvoice.get(invoice.id) ?? [], scenario }];
    });
    return { cases, settings };
  });
}

export function languageOf(settings: Settings): Language {
  return settings.language === 'auto' ? uiLanguage() : settings.language;
}
