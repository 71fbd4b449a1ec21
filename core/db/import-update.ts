/**
 * The re-import's write (issue #19): payments the user's tool recorded, amended totals and
 * cancellations on invoices already tracked, and the file's new invoices, in ONE transaction.
 * Each update is checked against what the preview showed (total and outstanding): if the
 * invoice changed since, the whole write is refused and nothing is written. Nothing the user
 * recorded is removed: events are only added; a cancellation is a `written_off` event (the
 * model's one way to close an unpaid invoice), with the note saying it was cancelled in the tool.
 */
import {
  ClientMatcher,
  type ImportItem,
  type ImportUpdate,
  type InvoiceEvent,
  type InvoiceImportMapping,
  type InvoiceOrigin,
  type IsoDate,
  type KnownInvoice,
  newId,
} from '../model';
import type { EcheanceDb } from './database';
import { type ImportOutcome, type ItemHistory, importItems } from './import';
import { type Deriver, refreshInvoice } from './invoice-state';
import { getSettings, saveSettings } from './settings';

/** What the preview needs: the file's numbers already tracked, and which clients exist. */
export async function importState(
  db: EcheanceDb,
  numbers: readonly string[],
  clients: readonly { name: string; siren: string | null }[],
): Promise<{ invoices: KnownInvoice[]; knownClients: string[] }> {
  return db.transaction('r', db.invoices, db.clients, async () => {
    const invoices =
      numbers.length === 0
        ? []
        : await db.invoices
            .where('number')
            .anyOf([...numbers])
            .toArray();
    const matcher = new ClientMatcher(await db.clients.toArray());
    return {
      invoices: invoices.map((i) => ({
        id: i.id,
        number: i.number,
        totalCents: i.totalCents,
        amountDueCents: i.amountDueCents,
        outstandingCents: i.outstandingCents,
        status: i.status,
      })),
      knownClients: clients.filter((c) => matcher.find(c)).map((c) => c.name),
    };
  });
}

export interface ImportUpdateOutcome extends ImportOutcome {
  updated: number;
}

export async function applyImportUpdate(
  db: EcheanceDb,
  updates: readonly ImportUpdate[],
  items: ImportItem[],
  origin: InvoiceOrigin,
  createdAt: string,
  derive: Deriver,
  today: IsoDate,
  history?: ItemHistory,
): Promise<ImportUpdateOutcome> {
  return db.transaction('rw', [db.invoices, db.clients, db.files, db.events], async () => {
    for (const u of updates) {
      const invoice = await db.invoices.get(u.invoiceId);
      if (!invoice || invoice.number !== u.number) throw new Error(`facture inconnue : ${u.number}`);
      if (
        invoice.totalCents !== u.expected.totalCents ||
        invoice.outstandingCents !== u.expected.outstandingCents
      ) {
        throw new Error(`la facture ${u.number} a changé depuis l’aperçu : relisez le fichier`);
      }
      let next = invoice;
      if (u.totalCents !== null) {
        const amountDueCents = invoice.amountDueCents + (u.totalCents - invoice.totalCents);
        if (amountDueCents < 0)
          throw new Error(`facture ${u.number} : nouveau total plus petit que ce qui est déjà payé`);
        next = { ...invoice, totalCents: u.totalCents, amountDueCents };
      }
      const base = { invoiceId: invoice.id, createdAt, note: u.note };
      const events: InvoiceEvent[] = [];
      if (u.payment)
        events.push({
          ...base,
          id: newId(),
          type: 'payment',
          amountCents: u.payment.amountCents,
          date: u.payment.date,
        });
      if (u.cancel) events.push({ ...base, id: newId(), type: 'written_off', date: today });
      if (events.length > 0) await db.events.bulkAdd(events);
      await refreshInvoice(db, next, derive, today);
    }
    const outcome =
      items.length > 0
        ? await importItems(db, items, origin, createdAt, derive, today, undefined, history)
        : { imported: 0, skippedExisting: [] };
    return { ...outcome, updated: updates.length };
  });
}

/** Remembers the columns the user confirmed for a file shape, replacing that shape's previous one. */
export async function saveImportMapping(db: EcheanceDb, mapping: InvoiceImportMapping): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const settings = await getSettings(db);
    const others = settings.invoiceImportMappings.filter((m) => m.signature !== mapping.signature);
    await saveSettings(db, { ...settings, invoiceImportMappings: [...others, mapping].slice(-50) });
  });
}
