/**
 * Reads and writes, each write in one transaction: either everything lands or nothing does.
 */
import {
  type Addressing,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  type Client,
  ClientMatcher,
  DEFAULT_SETTINGS,
  findSameClient,
  type Invoice,
  type InvoiceEvent,
  type InvoiceOrigin,
  type InvoiceStatus,
  type IsoDate,
  legacyRatePercent,
  newId,
  type Settings,
  SettingsSchema,
  type StoredFile,
} from '../model';
import type { ImportItem } from '../protocol/messages';
import type { EcheanceDb } from './database';

/** The cached fields of an invoice, derived from its events by core/dunning. */
export interface DerivedState {
  status: InvoiceStatus;
  outstandingCents: number;
  nextActionDate: IsoDate | null;
}
export type Deriver = (
  invoice: Invoice,
  client: Client,
  events: InvoiceEvent[],
  today: IsoDate,
) => DerivedState;

export async function getSettings(db: EcheanceDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  return row ? SettingsSchema.parse(row.value) : DEFAULT_SETTINGS;
}

export async function saveSettings(db: EcheanceDb, settings: Settings): Promise<void> {
  await db.settings.put({ key: 'settings', value: settings });
}

export interface ImportOutcome {
  imported: number;
  skippedExisting: string[];
}

/**
 * Writes imported invoices, creating or reusing clients (the same legal entity), in one
 * transaction. An invoice number already tracked is skipped, never overwritten.
 */
export async function importItems(
  db: EcheanceDb,
  items: ImportItem[],
  origin: InvoiceOrigin,
  createdAt: string,
  derive: Deriver,
  today: IsoDate,
  /** « tu » or « vous » for the clients this import creates (settings.defaultAddressing). */
  addressing: Addressing = 'vous',
): Promise<ImportOutcome> {
  return db.transaction('rw', db.invoices, db.clients, db.files, async () => {
    const clients = new ClientMatcher(await db.clients.toArray());
    const known = new Set((await db.invoices.orderBy('number').keys()).map(String));
    const newClients: Client[] = [];
    const invoices: Invoice[] = [];
    const skippedExisting: string[] = [];
    const files: StoredFile[] = [];
    for (const item of items) {
      if (known.has(item.number)) {
        skippedExisting.push(item.number);
        continue;
      }
      known.add(item.number);
      let client = clients.find({ name: item.clientName, siren: item.clientSiren });
      if (!client) {
        client = newClient(item, addressing);
        newClients.push(client);
        clients.add(client);
      }
      const invoice = invoiceFromItem(item, client.id, item.origin ?? origin, createdAt);
      if (item.file) {
        const fileId = newId();
        files.push({ id: fileId, invoiceId: invoice.id, ...item.file });
        invoice.fileId = fileId;
      }
      invoices.push({ ...invoice, ...derive(invoice, client, [], today) });
    }
    await db.clients.bulkAdd(newClients);
    await db.invoices.bulkAdd(invoices);
    await db.files.bulkAdd(files);
    return { imported: invoices.length, skippedExisting };
  });
}

function newClient(item: ImportItem, addressing: Addressing): Client {
  return {
    id: newId(),
    name: item.clientName,
    kind: item.clientKind,
    contactFirstName: null,
    emails: item.clientEmail ? [item.clientEmail] : [],
    phone: item.clientPhone,
    address: item.clientAddress,
    siren: item.clientSiren,
    addressing,
    language: 'fr',
    scenarioId: null,
    notes: '',
    proceedings: null,
    workSuspended: false,
  };
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

/** Adds a timeline event and refreshes the invoice's cached state, atomically. */
export async function addEvent(
  db: EcheanceDb,
  event: InvoiceEvent,
  derive: Deriver,
  today: IsoDate,
): Promise<void> {
  await addEvents(db, [event], derive, today);
}

/**
 * Adds events (one reminder covering several invoices, say) in one transaction. Collective
 * proceedings concern the debtor, not one invoice (C. com. L622-21): they are set on the
 * client, and every invoice of that client is refreshed.
 */
export async function addEvents(
  db: EcheanceDb,
  events: readonly InvoiceEvent[],
  derive: Deriver,
  today: IsoDate,
): Promise<void> {
  await db.transaction('rw', db.invoices, db.clients, db.events, async () => {
    const touched = new Map<string, Invoice>();
    for (const event of events) {
      const invoice = touched.get(event.invoiceId) ?? (await db.invoices.get(event.invoiceId));
      if (!invoice) throw new Error(`facture inconnue : ${event.invoiceId}`);
      await db.events.add(event);
      touched.set(invoice.id, invoice);
      if (event.type === 'proceedings_opened') {
        await db.clients.update(invoice.clientId, {
          proceedings: { kind: event.kind, bodaccDate: event.bodaccDate },
        });
        for (const sibling of await db.invoices.where('clientId').equals(invoice.clientId).toArray()) {
          touched.set(sibling.id, sibling);
        }
      }
    }
    for (const invoice of touched.values()) await refreshInvoice(db, invoice, derive, today);
  });
}

/**
 * Records that the rest was paid, computing it inside the transaction from the events, so a
 * double click (or the card and the popup at once) cannot pay twice.
 */
export async function payInFull(
  db: EcheanceDb,
  invoiceId: string,
  date: IsoDate,
  createdAt: string,
  derive: Deriver,
): Promise<void> {
  await db.transaction('rw', db.invoices, db.clients, db.events, async () => {
    const invoice = await db.invoices.get(invoiceId);
    if (!invoice) throw new Error(`facture inconnue : ${invoiceId}`);
    const events = await db.events.where('invoiceId').equals(invoiceId).toArray();
    const paid = events.reduce((sum, e) => (e.type === 'payment' ? sum + e.amountCents : sum), 0);
    const rest = invoice.amountDueCents - paid;
    if (rest <= 0) return;
    await db.events.add({
      id: newId(),
      invoiceId,
      type: 'payment',
      amountCents: rest,
      date,
      createdAt,
      note: '',
    });
    await refreshInvoice(db, invoice, derive, date);
  });
}

/** Recomputes an invoice's cached state (status, outstanding, next action) from its events. */
export async function refreshInvoice(
  db: EcheanceDb,
  invoice: Invoice,
  derive: Deriver,
  today: IsoDate,
): Promise<void> {
  const client = await db.clients.get(invoice.clientId);
  if (!client) throw new Error(`client inconnu : ${invoice.clientId}`);
  const events = await db.events.where('invoiceId').equals(invoice.id).sortBy('date');
  await db.invoices.put({ ...invoice, ...derive(invoice, client, events, today) });
}

/** Everything, read in one transaction so the snapshot is consistent. */
export async function exportBackup(db: EcheanceDb, exportedAt: string): Promise<Backup> {
  return db.transaction(
    'r',
    [db.invoices, db.clients, db.events, db.scenarios, db.settings, db.files],
    async () => ({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt,
      settings: await getSettings(db),
      clients: await db.clients.toArray(),
      invoices: await db.invoices.toArray(),
      events: await db.events.toArray(),
      scenarios: await db.scenarios.toArray(),
      files: await db.files.toArray(),
    }),
  );
}

/** An invoice with its client, as the lists show it. */
export interface InvoiceRow {
  invoice: Invoice;
  client: Client;
}

export async function listInvoiceRows(db: EcheanceDb): Promise<InvoiceRow[]> {
  const [invoices, clients] = await Promise.all([db.invoices.toArray(), db.clients.toArray()]);
  const byId = new Map(clients.map((c) => [c.id, c]));
  return invoices.flatMap((invoice) => {
    const client = byId.get(invoice.clientId);
    return client ? [{ invoice, client }] : [];
  });
}

/** The same legal entity (core/model/client-match.ts), else a new client. */
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

/** What tracking from Gmail writes: the client (found or new) and the invoice. */
export interface TrackInput {
  invoice: Omit<Invoice, 'id' | 'clientId' | 'status' | 'outstandingCents' | 'nextActionDate'>;
  client: Omit<Client, 'id'>;
  file?: Omit<StoredFile, 'id' | 'invoiceId'> | null;
}

/** What « Suivre » did: the invoice it tracked, and whether it was already tracked. */
export interface TrackOutcome {
  invoiceId: string;
  alreadyTracked: boolean;
}

/**
 * Tracks an invoice found in Gmail; the client is the same legal entity or a new one. A number
 * already tracked from another Gmail thread is left exactly as it is (the caller opens it): a
 * second thread quoting the number must not move the invoice nor replace what it says. A number
 * tracked from elsewhere (a CSV, a page) gets this thread attached, nothing else changes.
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
    const events = existing ? await db.events.where('invoiceId').equals(existing.id).sortBy('date') : [];
    await db.invoices.put({ ...base, ...derive(base, client, events, today) });
    return { invoiceId: base.id, alreadyTracked: existing !== undefined };
  });
}

/** Saves an edited client and refreshes its invoices (tu/vous, scenario and kind change them). */
export async function saveClient(
  db: EcheanceDb,
  client: Client,
  derive: Deriver,
  today: IsoDate,
): Promise<void> {
  await db.transaction('rw', db.invoices, db.clients, db.events, async () => {
    if (!(await db.clients.get(client.id))) throw new Error(`client inconnu : ${client.id}`);
    await db.clients.put(client);
    for (const invoice of await db.invoices.where('clientId').equals(client.id).toArray()) {
      await refreshInvoice(db, invoice, derive, today);
    }
  });
}
