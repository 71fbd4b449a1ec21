/**
 * Persistence for bank statements (issue #17): what matching reads (open invoices with their
 * client, the hashes of bank lines already recorded) and the one write that records confirmed
 * payments. Decisions (which invoice a line pays) are core/bank's; this only stores them.
 */
import { MAX_MAPPINGS } from '../bank/mapping';
import type { OpenInvoice } from '../bank/match';
import type { BankPayment } from '../model';
import { type CsvMapping, type Invoice, type InvoiceEvent, type IsoDate, isOwed, newId } from '../model';
import { formatMoneyPlain } from '../money';
import type { EcheanceDb } from './database';
import { addEvents, leftToPay } from './events';
import type { Deriver } from './invoice-state';
import { getSettings, saveSettings } from './settings';

/** Invoices that can still be paid, with their client's name, for core/bank/match. */
export async function openInvoicesForMatching(db: EcheanceDb): Promise<OpenInvoice[]> {
  const [invoices, clients] = await Promise.all([db.invoices.toArray(), db.clients.toArray()]);
  const names = new Map(clients.map((c) => [c.id, c.name]));
  return invoices.filter(isOwed).map((i) => ({
    id: i.id,
    number: i.number,
    clientId: i.clientId,
    clientName: names.get(i.clientId) ?? '',
    issueDate: i.issueDate,
    dueDate: i.dueDate,
    currency: i.currency,
    outstandingCents: i.outstandingCents,
  }));
}

/** Hashes of the bank lines payments were already recorded from. */
export async function recordedBankHashes(db: EcheanceDb): Promise<Set<string>> {
  const payments = await db.events.where('type').equals('payment').toArray();
  return new Set(payments.flatMap((e) => (e.type === 'payment' && e.bank ? [e.bank.hash] : [])));
}

/**
 * Records confirmed bank payments in one transaction: all of them or none. A line already
 * recorded is skipped (counted in `skipped`); an allocation above what the invoice still owes
 * (paid meanwhile, from the popup say) refuses the whole batch with the invoice's number.
 */
export async function recordBankPayments(
  db: EcheanceDb,
  payments: readonly BankPayment[],
  createdAt: string,
  derive: Deriver,
  today: IsoDate,
): Promise<{ recorded: number; skipped: number }> {
  return db.transaction('rw', db.invoices, db.clients, db.events, async () => {
    const known = await recordedBankHashes(db);
    const owed = new Map<string, number>();
    const events: InvoiceEvent[] = [];
    let skipped = 0;
    for (const p of payments) {
      if (known.has(p.hash)) {
        skipped++;
        continue;
      }
      known.add(p.hash);
      const { row: _row, ...line } = p.line;
      for (const a of p.allocations) {
        const left = owed.get(a.invoiceId) ?? (await leftToPay(db, a.invoiceId));
        if (a.amountCents > left) {
          const invoice = await db.invoices.get(a.invoiceId);
          const rest = formatMoneyPlain(left, invoice?.currency);
          throw new Error(`la facture ${invoice?.number} ne doit plus que ${rest} : rien n’a été enregistré`);
        }
        owed.set(a.invoiceId, left - a.amountCents);
        events.push({
          id: newId(),
          invoiceId: a.invoiceId,
          type: 'payment',
          amountCents: a.amountCents,
          date: p.line.date,
          createdAt,
          note: '',
          bank: { ...line, hash: p.hash, file: p.file },
        });
      }
    }
    await addEvents(db, events, derive, today);
    return { recorded: events.length, skipped };
  });
}

/** Remembers a CSV mapping, replacing the one for the same file shape. */
export async function saveBankMapping(db: EcheanceDb, mapping: CsvMapping): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const settings = await getSettings(db);
    const others = settings.bankMappings.filter((m) => m.signature !== mapping.signature);
    await saveSettings(db, { ...settings, bankMappings: [...others, mapping].slice(-MAX_MAPPINGS) });
  });
}

/** What a client's statement of account is made of: its open invoices and their events. */
export async function statementData(
  db: EcheanceDb,
  clientId: string,
): Promise<{ invoices: Invoice[]; events: InvoiceEvent[] }> {
  const invoices = (await db.invoices.where('clientId').equals(clientId).toArray()).filter(isOwed);
  const events =
    invoices.length === 0
      ? []
      : await db.events
          .where('invoiceId')
          .anyOf(invoices.map((i) => i.id))
          .toArray();
  return { invoices, events };
}
