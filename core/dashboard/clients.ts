/**
 * Payment behaviour per client: what they owe, how late they pay,
 * how many reminders it took, and whether they are « à risque ».
 */
import { toDayNumber } from '../dates';
import type { InvoiceRow } from '../db';
import { reminderHistory } from '../dunning';
import type { Client, InvoiceEvent, IsoDate } from '../model';
import { isOwed } from './aging';

/**
 * The at-risk rule, stated in the clients page too. Thresholds follow the standard ladder:
 * past J+60 the injonction de payer is due, and three reminders without payment means the
 * friendly steps have failed.
 */
export const RISK_RULE = {
  /** An amount still owed more than this many days past its due date. */
  overdueDays: 60,
  /** An unpaid invoice that has needed at least this many reminders. */
  reminders: 3,
  /** Paid invoices were paid, on average, more than this many days late. */
  averageLateDays: 30,
} as const;

export type RiskReason = 'overdue' | 'reminders' | 'slow-payer';

export interface ClientStats {
  client: Client;
  invoiceCount: number;
  openCount: number;
  outstandingCents: number;
  /** Part of `outstandingCents` past its due date. */
  overdueCents: number;
  /** Mean of (last payment date − due date) over paid invoices, early payments counting 0; null if none. */
  averageDaysLatePaid: number | null;
  /** Mean days past due over open invoices already due; null if none. */
  averageDaysLateOpen: number | null;
  /** Reminders the client received on all invoices (e-mails, calls answered, letters, notices). */
  remindersSent: number;
  atRisk: boolean;
  riskReasons: RiskReason[];
}

const mean = (values: number[]) =>
  values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null;

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function lastPaymentDay(events: readonly InvoiceEvent[]): number | null {
  let last: number | null = null;
  for (const e of events) if (e.type === 'payment') last = Math.max(last ?? 0, toDayNumber(e.date));
  return last;
}

function statsOf(
  client: Client,
  rows: InvoiceRow[],
  eventsOf: Map<string, InvoiceEvent[]>,
  todayDay: number,
) {
  const paidLate: number[] = [];
  const openLate: number[] = [];
  const reasons = new Set<RiskReason>();
  let outstandingCents = 0;
  let overdueCents = 0;
  let openCount = 0;
  let remindersSent = 0;
  for (const { invoice } of rows) {
    const events = eventsOf.get(invoice.id) ?? [];
    const reminders = reminderHistory(events).length;
    const dueDay = toDayNumber(invoice.dueDate);
    remindersSent += reminders;
    if (invoice.status === 'paid') {
      const paidDay = lastPaymentDay(events);
      if (paidDay !== null) paidLate.push(Math.max(0, paidDay - dueDay));
    }
    if (!isOwed(invoice)) continue;
    openCount += 1;
    outstandingCents += invoice.outstandingCents;
    const late = todayDay - dueDay;
    if (late > 0) {
      overdueCents += invoice.outstandingCents;
      openLate.push(late);
    }
    if (late > RISK_RULE.overdueDays) reasons.add('overdue');
    if (reminders >= RISK_RULE.reminders) reasons.add('reminders');
  }
  const averageDaysLatePaid = mean(paidLate);
  if (averageDaysLatePaid !== null && averageDaysLatePaid > RISK_RULE.averageLateDays)
    reasons.add('slow-payer');
  const riskReasons = [...reasons];
  return {
    client,
    invoiceCount: rows.length,
    openCount,
    outstandingCents,
    overdueCents,
    averageDaysLatePaid,
    averageDaysLateOpen: mean(openLate),
    remindersSent,
    atRisk: riskReasons.length > 0,
    riskReasons,
  };
}

/** One line per client, including clients without invoices; most outstanding first. */
export function clientStats(
  clients: readonly Client[],
  rows: readonly InvoiceRow[],
  events: readonly InvoiceEvent[],
  today: IsoDate,
): ClientStats[] {
  const todayDay = toDayNumber(today);
  const rowsOf = groupBy(rows, (r) => r.client.id);
  const eventsOf = groupBy(events, (e) => e.invoiceId);
  return clients
    .map((client) => statsOf(client, rowsOf.get(client.id) ?? [], eventsOf, todayDay))
    .sort(
      (a, b) => b.outstandingCents - a.outstandingCents || a.client.name.localeCompare(b.client.name, 'fr'),
    );
}
