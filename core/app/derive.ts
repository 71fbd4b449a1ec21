/**
 * The computation core/db stores as an invoice's cached state: core/dunning's, with the
 * scenario the client is on. Built once per use case from the user's settings and scenarios.
 */
import { type Deriver, type EcheanceDb, getSettings } from '../db';
import { deriveInvoiceState, scenarioFor } from '../dunning';

export async function deriveState(db: EcheanceDb): Promise<Deriver> {
  const [settings, scenarios] = await Promise.all([getSettings(db), db.scenarios.toArray()]);
  return (invoice, client, events, today) =>
    deriveInvoiceState(
      invoice,
      client,
      events,
      // The invoice's own scenario first (issue #20, « Modifier »), else the client's.
      scenarioFor(invoice.scenarioId ?? client.scenarioId, settings.defaultScenarioId, scenarios),
      today,
    );
}
