/**
 * The labels next to tracked invoices' rows in Gmail's lists (`gmail/labels`): paid, written
 * off, or the days from the due date, found through the thread index for the rows the page shows
 * only; and the new-message reminders a row of Sent may settle. Data only: the page writes the
 * words (« Payée », « J+12 ») from its catalogue, in the language decided here.
 */
import { daysBetween, localDate } from '../dates';
import { type EcheanceDb, getSettings } from '../db';
import { invoicesByThread } from '../db/by-thread';
import type { Invoice, Language, PendingSend } from '../model';
import { overlayLanguage } from '../sites/gmail/page-lang';
import { pendingNewMessages } from './gmail-pending';

export interface GmailRowLabel {
  threadId: string;
  closed: 'paid' | 'written_off' | null;
  /** Days since the due date (negative before it). */
  days: number;
  tone: 'late' | 'ok' | 'due';
}

export async function gmailLabels(
  db: EcheanceDb,
  threadIds: readonly string[],
  now: Date,
  pageLang: Language | undefined,
  uiLanguage: Language,
): Promise<{ lang: Language; labels: GmailRowLabel[]; pendingNew: PendingSend[] }> {
  const [settings, invoices] = await Promise.all([getSettings(db), invoicesByThread(db, threadIds)]);
  const today = localDate(now);
  return {
    lang: overlayLanguage(settings.language, pageLang, uiLanguage),
    labels: invoices.map((invoice) => labelOf(invoice, today)),
    pendingNew: await pendingNewMessages(db, now),
  };
}

function labelOf(invoice: Invoice, today: string): GmailRowLabel {
  const threadId = invoice.origin.kind === 'gmail' ? invoice.origin.threadId : '';
  const days = daysBetween(invoice.dueDate, today);
  if (invoice.status === 'paid' || invoice.status === 'written_off') {
    return { threadId, closed: invoice.status, days, tone: 'ok' };
  }
  return { threadId, closed: null, days, tone: days > 0 ? 'late' : 'due' };
}
