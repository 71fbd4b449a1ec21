/**
 * Writes imported invoices (a CSV, PDFs, an invoicing site's page), creating or reusing
 * clients by the one matching rule (core/model/client-match.ts), in one transaction.
 */

import type { Addressing, ImportItem } from '../model';
import {
  type Client,
  ClientMatcher,
  type Invoice,
  type InvoiceEvent,
  type InvoiceOrigin,
  type IsoDate,
  legacyRatePercent,
  newClient,
  newId,
  type StoredFile,
} from '../model';
import type { EcheanceDb } from './database';
import type { Deriver } from './invoice-state';

/** The events an item starts with (none by default), for the invoice id it was given. */
export type ItemHistory = (item: ImportItem, invoiceId: string) => InvoiceEvent[];

export interface ImportOutcome {
  imported: number;
  skippedExisting: string[];
}

/** An invoice number already tracked is skipped, never overwritten. */
export async function importItems(
  db: EcheanceDb,
  items: ImportItem[],
  origin: InvoiceOrigin,
  createdAt: string,
  derive: Deriver,
  today: IsoDate,
  /** « tu » or « vous » for the clients this import creates (settings.defaultAddressing). */
  addressing: Addressing = 'vous',
  /** What the user did before tracking each row (« Où en êtes-vous ? »), as its first events. */
  history: ItemHistory = () => [],
): Promise<ImportOutcome> {
  return db.transaction('rw', [db.invoices, db.clients, db.files, db.events], async () => {
    const clients = new ClientMatcher(await db.clients.toArray());
    const known = new Set((await db.invoices.orderBy('number').keys()).map(String));
    const newClients: Client[] = [];
    const invoices: Invoice[] = [];
    const skippedExisting: string[] = [];
    const files: StoredFile[] = [];
    const events: InvoiceEvent[] = [];
    for (const item of items) {
      if (known.has(item.number)) {
        skippedExisting.push(item.number);
        continue;
      }
      known.add(item.number);
      let client = clients.find({ name: item.clientName, siren: item.clientSiren });
      if (!client) {
        client = clientFromItem(item, addressing);
        newClients.push(client);
        clients.add(client);
      }
      const invoice = invoiceFromItem(item, client.id, item.origin ?? origin, createdAt);
      if (item.file) {
        const fileId = newId();
        files.push({ id: fileId, invoiceId: invoice.id, ...item.file });
        invoice.fileId = fileId;
      }
      const first = history(item, invoice.id);
      if (first.length > 0) events.push(...first);
      invoices.push({ ...invoice, ...derive(invoice, client, first, today) });
    }
    await db.clients.bulkAdd(newClients);
    await db.invoices.bulkAdd(invoices);
    await db.files.bulkAdd(files);
    if (events.length > 0) await db.events.bulkAdd(events);
    return { imported: invoices.length, skippedExisting };
  });
}

function clientFromItem(item: ImportItem, addressing: Addressing): Client {
  return newClient({
    addressing,
    name: item.clientName,
    kind: item.clientKind,
    emails: item.clientEmail ? [item.clientEmail] : [],
    phone: item.clientPhone,
    address: item.clientAddress,
    siren: item.clientSiren,
  });
}

function invoiceFromItem(
  item: ImportItem,
  clientId: string,
  origin: InvoiceOrigin,
  createdAt: string,
): Invoice {
  return {
    id: newId(),
    number: item.number,
    clientId,
    issueDate: item.issueDate,
    dueDate: item.dueDate,
    paymentTerms: item.paymentTerms,
    totalCents: item.totalCents,
    amountDueCents: item.amountDueCents,
    currency: item.currency,
    contractualRatePercent: item.contractualRate
      ? legacyRatePercent(item.contractualRate)
      : item.contractualRatePercent,
    contractualRate: item.contractualRate ?? null,
    // A CSV says nothing of the invoice's printed mentions: only the due date is known.
    mentions: item.mentions ?? { dueDate: true, penaltyRate: false, recoveryIndemnity: false },
    origin,
    fileId: null,
    createdAt,
    status: 'open',
    outstandingCents: item.amountDueCents,
    nextActionDate: null,
  };
}
