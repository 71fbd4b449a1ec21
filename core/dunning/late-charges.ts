/**
 * After a late payment: what the delay still makes due (« une facture de pénalités de
 * retard »). The interest up to the payment and the 40 € remain owed once the principal is
 * paid (the 40 € is due for each late payment: C. com. D441-5; CJEU 1 Dec. 2022, C-419/21, and
 * 4 May 2023, C-78/22), and a professional owes them even when the invoice did not state them
 * (Cass. com. 3 mars 2009, n° 07-16.527), so everything the law grants is counted. A consumer
 * owes only interest run from a formal notice (C. civ. 1231-6, 1344-1), hence often nothing; a
 * debtor under collective proceedings, nothing (claim.ts).
 */
import { daysBetween } from '../dates';
import type { Client, Invoice, InvoiceEvent, IsoDate } from '../model';
import { type ClaimSettings, claimFromTimeline, type RatedInvoice } from './claim';
import { summarizeTimeline } from './timeline';

export interface LateCharges {
  /** The day the payments reached the amount due. */
  paidOn: IsoDate;
  /** Days between the due date and that day. */
  daysLate: number;
  /** In the invoice's currency. */
  interestCents: number;
  /** In euros, always (D441-5: « fixé à 40 euros »). */
  indemnityCents: number;
  currency: string;
}

/** The day the payments, in date order, reached `amountDueCents`; null while something is owed. */
export function paidInFullDate(
  amountDueCents: number,
  events: readonly Pick<InvoiceEvent, 'type' | 'date'>[],
): IsoDate | null {
  let paid = 0;
  const payments = events.filter((e) => e.type === 'payment').sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const e of payments) {
    paid += (e as Extract<InvoiceEvent, { type: 'payment' }>).amountCents;
    if (paid >= amountDueCents) return e.date;
  }
  return null;
}

/**
 * What a penalty invoice may claim for an invoice paid in full after its due date; null when
 * it is not paid in full, was paid in time, was written off, or nothing is owed for the delay.
 */
export function lateCharges(
  invoice: RatedInvoice & Pick<Invoice, 'mentions'>,
  client: Pick<Client, 'kind' | 'proceedings'> & Partial<Pick<Client, 'contractualRate'>>,
  events: readonly InvoiceEvent[],
  asOf: IsoDate,
  settings?: ClaimSettings,
): LateCharges | null {
  if (events.some((e) => e.type === 'written_off')) return null;
  const paidOn = paidInFullDate(invoice.amountDueCents, events);
  if (!paidOn || paidOn <= invoice.dueDate || paidOn > asOf) return null;
  const claim = claimFromTimeline(invoice, client, summarizeTimeline(events), asOf, settings, true);
  if (claim.interestCents === 0 && claim.indemnityCents === 0) return null;
  return {
    paidOn,
    daysLate: daysBetween(invoice.dueDate, paidOn),
    interestCents: claim.interestCents,
    indemnityCents: claim.indemnityCents,
    currency: invoice.currency ?? 'EUR',
  };
}
