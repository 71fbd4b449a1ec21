/**
 * The one answer to « is this invoice closed? », used by the overview, the dashboard, bank
 * matching and the lists: paid and written off are the two final statuses (core/dunning's
 * state.ts sets them from the events); every other status can still move.
 */
import type { Invoice, InvoiceStatus } from './invoice';

const CLOSED: ReadonlySet<InvoiceStatus> = new Set(['paid', 'written_off']);

export function isClosed(status: InvoiceStatus): boolean {
  return CLOSED.has(status);
}

/** Still owed: not closed and something left to pay. */
export function isOwed(invoice: Pick<Invoice, 'status' | 'outstandingCents'>): boolean {
  return !isClosed(invoice.status) && invoice.outstandingCents > 0;
}
