/**
 * How each client pays (issue #17), for the clients page: its payment behaviour, and whether
 * the firmer scenario should be offered (a chronic late payer not already on it).
 */
import { CHRONIC_LATE_DAYS, groupBy, type PaymentBehaviour, paymentBehaviour } from '../dashboard';
import type { EcheanceDb } from '../db';
import { listClients, listInvoices, listPayments } from '../db/reads';
import type { Client, Invoice, InvoiceEvent, IsoDate } from '../model';

/** The firmer preset offered to chronic late payers: letters from J+14 (core/dunning/presets). */
export const FIRMER_SCENARIO = 'fast-letters';

export interface ClientPaymentsRow {
  client: Client;
  behaviour: PaymentBehaviour;
  /** Offer « scénario plus ferme »: median delay above CHRONIC_LATE_DAYS, not on it yet. */
  offerFirmer: boolean;
}

export async function readClientPayments(db: EcheanceDb, today: IsoDate): Promise<ClientPaymentsRow[]> {
  const [clients, invoices, payments] = await Promise.all([
    listClients(db),
    listInvoices(db),
    listPayments(db),
  ]);
  // Grouped once, so each client reads only its own invoices and payments.
  const byClient = groupBy(invoices, (i: Invoice) => i.clientId);
  const paymentsOf = groupBy(payments, (e: InvoiceEvent) => e.invoiceId);
  return clients.map((client) => {
    const own = byClient.get(client.id) ?? [];
    const behaviour = paymentBehaviour(
      own,
      own.flatMap((i) => paymentsOf.get(i.id) ?? []),
      today,
    );
    const offerFirmer =
      (behaviour.medianDaysLate ?? 0) > CHRONIC_LATE_DAYS && client.scenarioId !== FIRMER_SCENARIO;
    return { client, behaviour, offerFirmer };
  });
}
