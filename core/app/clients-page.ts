/**
 * The clients page's read model: each client's figures and at-risk flag (core/dashboard
 * clientStats, most outstanding first), and the scenarios its editor offers.
 */
import { type ClientStats, clientStats } from '../dashboard';
import { type EcheanceDb, listInvoiceRows } from '../db';
import { listClients, listEvents, listScenarios } from '../db/reads';
import type { Client, IsoDate, Scenario } from '../model';

export interface ClientsView {
  clients: Client[];
  stats: ClientStats[];
  scenarios: Scenario[];
}

export async function readClientsPage(db: EcheanceDb, today: IsoDate): Promise<ClientsView> {
  const [clients, rows, events, scenarios] = await Promise.all([
    listClients(db),
    listInvoiceRows(db),
    listEvents(db),
    listScenarios(db),
  ]);
  return { clients, stats: clientStats(clients, rows, events, today), scenarios };
}
