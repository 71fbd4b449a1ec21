/**
 * « Le virement est parti » read in the client's e-mail:
 * once the user confirms the hint on the Gmail card, the ladder waits for the money the days
 * of the settings, exactly as after a « dit avoir payé » call (core/dunning announcedPayment).
 */
import { addDays } from '../dates';
import type { InvoiceEvent, IsoDate } from '../model';

interface EmailAnnouncement {
  id: string;
  invoiceId: string;
  /** The client's message, when Gmail gave its id: the same message is recorded once. */
  gmailMessageId: string | null;
  today: IsoDate;
  createdAt: string;
  holdDays: number;
}

/** The event to record, or null when there is nothing to hold (paid, or already recorded). */
export function emailAnnouncement(
  a: EmailAnnouncement,
  existing: readonly InvoiceEvent[],
  invoicePaid: boolean,
): Extract<InvoiceEvent, { type: 'payment_announced' }> | null {
  if (invoicePaid) return null;
  const already = existing.some(
    (e) =>
      e.type === 'payment_announced' &&
      (a.gmailMessageId ? e.gmailMessageId === a.gmailMessageId : e.date === a.today),
  );
  if (already) return null;
  return {
    id: a.id,
    invoiceId: a.invoiceId,
    type: 'payment_announced',
    channel: 'email',
    date: a.today,
    createdAt: a.createdAt,
    note: '',
    promisedDate: addDays(a.today, a.holdDays),
    gmailMessageId: a.gmailMessageId,
  };
}
