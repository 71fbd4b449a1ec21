import { type Deriver, type EcheanceDb, getSettings } from '../../core/db';
import { deriveInvoiceState, scenarioFor } from '../../core/dunning';

/** The cached state of an invoice, from core/dunning with the scenarios the user has. */
export async function deriveState(db: EcheanceDb): Promise<Deriver> {
  const [settings, scenarios] = await Promise.all([getSettings(db), db.scenarios.toArray()]);
  return (invoice, client, events, today) =>
    deriveInvoiceState(
      invoice,
      client,
      events,
      scenarioFor(client.scenarioId, settings.defaultScenarioId, scenarios),
      today,
    );
}
