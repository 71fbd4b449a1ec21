/** Joins what the database holds into what the export builders read; pure, for tests. */
import { type DunningCase, scenarioFor } from '../dunning';
import type { Client, Invoice, InvoiceEvent, Scenario, Settings } from '../model';
import type { CsvExportRow } from './csv';

export interface ExportData {
  invoices: readonly Invoice[];
  clients: readonly Client[];
  events: readonly InvoiceEvent[];
  /** The user's scenarios; presets are always known to scenarioFor. */
  scenarios: readonly Scenario[];
  settings: Pick<Settings, 'defaultScenarioId'>;
}

export function csvRowsOf(data: ExportData): CsvExportRow[] {
  const clientById = new Map(data.clients.map((c) => [c.id, c]));
  return data.invoices.flatMap((invoice) => {
    const client = clientById.get(invoice.clientId);
    return client ? [{ invoice, client }] : [];
  });
}

/** Each invoice with its client, its events in timeline order and its scenario. */
export function casesOf(data: ExportData): DunningCase[] {
  const byInvoice = new Map<string, InvoiceEvent[]>();
  const ordered = [...data.events].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
  for (const e of ordered) {
    const list = byInvoice.get(e.invoiceId);
    if (list) list.push(e);
    else byInvoice.set(e.invoiceId, [e]);
  }
  return csvRowsOf(data).map(({ invoice, client }) => ({
    invoice,
    client,
    events: byInvoice.get(invoice.id) ?? [],
    scenario: scenarioFor(
      invoice.scenarioId ?? client.scenarioId,
      data.settings.defaultScenarioId,
      data.scenarios,
    ),
  }));
}
