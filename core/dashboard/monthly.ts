/**
 * Collected vs outstanding per month over the last 12 months.
 * Collected: payment events, by the month they were received. Outstanding: what open invoices
 * still owe, by the month they fell due — so a bar shows how much of that month's due money
 * is still out.
 */
import type { Invoice, InvoiceEvent, IsoDate } from '../model';
import { isOwed } from './aging';

/** `YYYY-MM`. */
export type Month = string;

export interface MonthTotals {
  month: Month;
  collectedCents: number;
  outstandingCents: number;
}

export interface MonthlySeries {
  months: MonthTotals[];
  /** Outstanding on invoices due before the first month shown (not drawn, summarised). */
  earlierOutstandingCents: number;
  /** Outstanding on invoices due after the current month (not drawn, summarised). */
  laterOutstandingCents: number;
}

/** The `count` months ending with today's, oldest first. */
export function lastMonths(today: IsoDate, count: number): Month[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  const out: Month[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + month - i;
    out.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

export function collectedVsOutstanding(
  invoices: readonly Pick<Invoice, 'dueDate' | 'status' | 'outstandingCents'>[],
  events: readonly InvoiceEvent[],
  today: IsoDate,
  count = 12,
): MonthlySeries {
  const months = lastMonths(today, count);
  const byMonth = new Map(months.map((month) => [month, { month, collectedCents: 0, outstandingCents: 0 }]));
  for (const e of events) {
    if (e.type !== 'payment') continue;
    const totals = byMonth.get(e.date.slice(0, 7));
    if (totals) totals.collectedCents += e.amountCents;
  }
  const first = months[0]!;
  const last = months[months.length - 1]!;
  let earlierOutstandingCents = 0;
  let laterOutstandingCents = 0;
  for (const invoice of invoices) {
    if (!isOwed(invoice)) continue;
    const month = invoice.dueDate.slice(0, 7);
    if (month < first) earlierOutstandingCents += invoice.outstandingCents;
    else if (month > last) laterOutstandingCents += invoice.outstandingCents;
    else byMonth.get(month)!.outstandingCents += invoice.outstandingCents;
  }
  return { months: [...byMonth.values()], earlierOutstandingCents, laterOutstandingCents };
}
