/**
 * Tracking one invoice found in Gmail (or on a page): the client is the same legal entity by
 * the one matching rule (core/model/client-match.ts), else a new one.
 */
import {
  type Client,
  findSameClient,
  type Invoice,
  type InvoiceEvent,
  type IsoDate,
  newId,
  type StoredFile,
} from '../model';
import type { EcheanceDb } from './database';
import { type Deriver, eventsOf } from './invoice-state';

/** What tracking writes: the client (found or new) and the invoice. */
export interface TrackInput {
  invoice: Omit<Invoice, 'id' | 'clientId' | 'status' | 'outstandingCents' | 'nextActionDate'>;
  client: Omit<Client, 'id'>;
  file?: Omit<StoredFile, 'id' | 'invoiceId'> | null;
  /**
   * What the user did before tracking (« Où en êtes-vous ? »), as events for the new invoice
   * (core/app/whereabouts-history.ts). Not applied to an invoice already tracked: its own
   * timeline is what Échéance recorded.
   */
  history?: ((invoiceId: string) => InvoiceEvent[]) | null;
}

/** What « Suivre » did: the invoice it tracked, and whether it was already tracked. */
export interface TrackOutcome {
  invoiceId: string;
  alreadyTracked: boolean;
}

/** The same legal entity, else a new client (inside the caller's transaction). */
async function findOrAddClient(db: EcheanceDb, input: Omit<Client, 'id'>): Promise<Client> {
  const found = findSameClient(await db.clients.toArray(), input);
  // A signature read later in Gmail completes a client that had none (issue #15), nothing else.
  if (found && !found.signature && input.signature) {
    const completed = { ...found, signature: input.signature };
    await db.clients.put(completed);
    return completed;
  }
  if (found) return found;
  const client = { id: newId(), ...input };
  await db.clients.add(client);
  return client;
}

/**
 * A number already tracked from another Gmail thread is left exactly as it is (the caller
 * opens it): a second thread quoting the number must not move the invoice nor replace what it
 * says. A number tracked from elsewhere (a CSV, a page) gets this thread attached, nothing else
 * changes.
 */
export async function trackInvoice(
  db: EcheanceDb,
  input: TrackInput,
  derive: Deriver,
  today: IsoDate,
): Promise<TrackOutcome> {
  return db.transaction('rw', [db.invoices, db.clients, db.events, db.files], async () => {
    const existing = await db.invoices.where('number').equals(input.invoice.number).first();
    if (existing?.origin.kind === 'gmail') return { invoiceId: existing.id, alreadyTracked: true };
    const client = existing
      ? await db.clients.get(existing.clientId)
      : await findOrAddClient(db, input.client);
    if (!client) throw new Error(`client inconnu : ${existing?.clientId}`);
    const base: Invoice = existing
      ? { ...existing, origin: input.invoice.origin }
      : {
          ...input.invoice,
          id: newId(),
          clientId: client.id,
          status: 'open',
          outstandingCents: input.invoice.amountDueCents,
          nextActionDate: null,
        };
    if (input.file && !base.fileId) {
      base.fileId = newId();
      await db.files.add({ id: base.fileId, invoiceId: base.id, ...input.file });
    }
    const events = existing ? await eventsOf(db, existing.id) : (input.history?.(base.id) ?? []);
    if (!existing && events.length > 0) await db.events.bulkAdd(events);
    await db.invoices.put({ ...base, ...derive(base, client, events, today) });
    return { invoiceId: base.id, alreadyTracked: existing !== undefined };
  });
}
