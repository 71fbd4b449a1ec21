/**
 * The background's actions on invoices, each kept for « Annuler » (core/app/undo.ts): the use
 * cases stay as they are, wrapped with the invoices they concern and the word the toast says.
 */
import type { Deriver, EcheanceDb } from '../db';
import type { BankPayment, ContractualRate, InvoiceEvent } from '../model';
import { recordReminderSent } from './gmail-pending';
import { markPaid, recordEvent, recordPayments, setRate } from './record-event';
import { undoable } from './undo';

export function recordEventUndoable(db: EcheanceDb, event: InvoiceEvent, now: Date) {
  return undoable(db, now, { kind: `event:${event.type}`, invoiceIds: [event.invoiceId] }, () =>
    recordEvent(db, event, now),
  );
}

export function markPaidUndoable(db: EcheanceDb, invoiceId: string, now: Date) {
  return undoable(db, now, { kind: 'paid', invoiceIds: [invoiceId] }, () => markPaid(db, invoiceId, now));
}

export function setRateUndoable(db: EcheanceDb, invoiceId: string, rate: ContractualRate | null, now: Date) {
  return undoable(db, now, { kind: 'rate', invoiceIds: [invoiceId] }, () =>
    setRate(db, invoiceId, rate, now),
  );
}

export function recordSentUndoable(
  db: EcheanceDb,
  r: Parameters<typeof recordReminderSent>[1],
  now: Date,
  derive: Deriver,
) {
  const invoiceIds = (r.covers ?? [r]).map((c) => c.invoiceId);
  return undoable(db, now, { kind: 'reminder', invoiceIds }, () => recordReminderSent(db, r, now, derive));
}

export function recordPaymentsUndoable(db: EcheanceDb, payments: readonly BankPayment[], now: Date) {
  const invoiceIds = [...new Set(payments.flatMap((p) => p.allocations.map((a) => a.invoiceId)))];
  return undoable(db, now, { kind: 'payments', invoiceIds }, () => recordPayments(db, payments, now));
}
