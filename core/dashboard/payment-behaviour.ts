/**
 * How a client pays (issue #17): on its paid invoices, the average and median days between
 * the due date and the last payment, and the share paid late; and its DSO over 12 months —
 * what it owes today over what it was invoiced in the last 365 days, times 365 (the usual
 * « délai moyen de paiement » ratio, computed per client).
 */
import { daysBetween, toDayNumber } from '../dates';
import type { Invoice, InvoiceEvent, IsoDate } from '../model';
import { isOwed } from './aging';

export interface PaymentBehaviour {
  paidCount: number;
  averageDaysLate: number | null;
  medianDaysLate: number | null;
  /** Share of paid invoices paid after their due date, 0–1. */
  shareLate: number | null;
  /** Days of sales outstanding over the last 12 months; null without invoices in those 12 months. */
  dso12: number | null;
}

/** A client whose median delay is above this many days gets « scénario plus ferme » offered. */
export const CHRONIC_LATE_DAYS = 30;

export function paymentBehaviour(
  invoices: readonly Invoice[],
  events: readonly InvoiceEvent[],
  today: IsoDate,
): PaymentBehaviour {
  const lastPaid = new Map<string, IsoDate>();
  for (const e of events) {
    if (e.type !== 'payment') continue;
    const previous = lastPaid.get(e.invoiceId);
    if (!previous || e.date > previous) lastPaid.set(e.invoiceId, e.date);
  }
  const delays: number[] = [];
  for (const invoice of invoices) {
    const paidOn = lastPaid.get(invoice.id);
    if (invoice.status === 'paid' && paidOn) delays.push(Math.max(0, daysBetween(invoice.dueDate, paidOn)));
  }
  delays.sort((a, b) => a - b);
  const mid = delays.length >> 1;
  const median =
    delays.length === 0
      ? null
      : delays.length % 2
        ? delays[mid]!
        : Math.round((delays[mid - 1]! + delays[mid]!) / 2);
  const since = toDayNumber(today) - 365;
  const invoiced = invoices
    .filter((i) => toDayNumber(i.issueDate ?? i.dueDate) > since)
    .reduce((s, i) => s + i.totalCents, 0);
  const owed = invoices.filter(isOwed).reduce((s, i) => s + i.outstandingCents, 0);
  return {
    paidCount: delays.length,
    averageDaysLate: delays.length ? Math.round(delays.reduce((a, b) => a + b, 0) / delays.length) : null,
    medianDaysLate: median,
    shareLate: delays.length ? delays.filter((d) => d > 0).length / delays.length : null,
    dso12: invoiced > 0 ? Math.round((owed / invoiced) * 365) : null,
  };
}
