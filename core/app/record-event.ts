/**
 * Everything that adds to an invoice's timeline from the popup, the dashboard, a notification
 * or a bank statement. What to record is decided here (the hold of an announced payment, the
 * rest to pay, a duplicate announcement); core/db writes it with the cached state refreshed
 * in the same transaction.
 */
import { emailAnnouncement } from '../bank';
import { addDays, localDate } from '../dates';
import {
  addEvent,
  addEvents,
  type EcheanceDb,
  eventsOf,
  getSettings,
  payInFull,
  recordBankPayments,
  setInvoiceRate,
} from '../db';
import { holdAnnouncedPayment } from '../dunning';
import { type ContractualRate, type InvoiceEvent, isOwed, newId } from '../model';
import { deriveState } from './derive';

type Ok = { ok: true };
const ok: Ok = { ok: true };

/** An event as the user recorded it; a « dit avoir payé » call waits the days of the settings. */
export async function recordEvent(db: EcheanceDb, event: InvoiceEvent, now: Date): Promise<Ok> {
  const { payment } = await getSettings(db);
  await addEvent(db, holdAnnouncedPayment(event, payment.holdDays), await deriveState(db), localDate(now));
  return ok;
}

/** « Payée » : the rest, computed in the transaction, paid today (a double click pays once). */
export async function markPaid(db: EcheanceDb, invoiceId: string, now: Date): Promise<Ok> {
  await payInFull(db, invoiceId, localDate(now), now.toISOString(), await deriveState(db));
  return ok;
}

/** The rate the invoice states, corrected by the user (issue #14). */
export async function setRate(
  db: EcheanceDb,
  invoiceId: string,
  rate: ContractualRate | null,
  now: Date,
): Promise<Ok> {
  await setInvoiceRate(db, invoiceId, rate, await deriveState(db), localDate(now));
  return ok;
}

/**
 * The client's e-mail « le virement est parti », held as an announced payment (issue #17);
 * false when nothing was recorded (already announced by that message or that day, or paid).
 */
export async function announcePayment(
  db: EcheanceDb,
  invoiceId: string,
  gmailMessageId: string | null,
  now: Date,
): Promise<boolean> {
  const invoice = await db.invoices.get(invoiceId);
  if (!invoice) throw new Error(`facture inconnue : ${invoiceId}`);
  const today = localDate(now);
  const { payment } = await getSettings(db);
  const event = emailAnnouncement(
    {
      id: newId(),
      invoiceId,
      gmailMessageId,
      today,
      createdAt: now.toISOString(),
      holdDays: payment.holdDays,
    },
    await eventsOf(db, invoiceId),
    !isOwed(invoice),
  );
  if (!event) return false;
  await addEvent(db, event, await deriveState(db), today);
  return true;
}

/** « Plus tard » : each invoice snoozed to tomorrow. */
export async function snooze(db: EcheanceDb, invoiceIds: readonly string[], now: Date): Promise<void> {
  const today = localDate(now);
  const events = invoiceIds.map((invoiceId) => ({
    id: newId(),
    invoiceId,
    type: 'snoozed' as const,
    date: today,
    until: addDays(today, 1),
    createdAt: now.toISOString(),
    note: '',
  }));
  const derive = await deriveState(db);
  // One write per invoice, in order: those before an unknown invoice stay recorded.
  for (const event of events) await addEvents(db, [event], derive, today);
}

/** Confirmed bank payments (core/bank matched them; the user checked them), all or none. */
export async function recordPayments(
  db: EcheanceDb,
  payments: Parameters<typeof recordBankPayments>[1],
  now: Date,
): Promise<{ recorded: number; skipped: number }> {
  return recordBankPayments(db, payments, now.toISOString(), await deriveState(db), localDate(now));
}
