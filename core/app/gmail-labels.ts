/**
 * The labels next to tracked invoices' rows in Gmail's lists (`gmail/labels`): « Payée »,
 * « Abandonnée », or the days from the due date (« J+12 »), found through the thread index for
 * the rows the page shows only; and the new-message reminders a row of Sent may settle.
 */
import { daysBetween, localDate } from '../dates';
import { type EcheanceDb, getSettings } from '../db';
import { invoicesByThread } from '../db/by-thread';
import { dayLabel } from '../dunning';
import type { Invoice, Language } from '../model';
import type { PendingSend } from '../protocol/messages';
import { overlayLanguage } from '../sites/gmail/page-lang';
import { pendingNewMessages } from './gmail-pending';

export interface GmailRowLabel {
  threadId: string;
  text: string;
  tone: 'late' | 'ok' | 'due';
}

export async function gmailLabels(
  db: EcheanceDb,
  threadIds: readonly string[],
  now: Date,
  pageLang: Language | undefined,
  uiLanguage: Language,
): Promise<{ labels: GmailRowLabel[]; pendingNew: PendingSend[] }> {
  const [settings, invoices] = await Promise.all([getSettings(db), invoicesByThread(db, threadIds)]);
  const lang = overlayLanguage(settings.language, pageLang, uiLanguage);
  const today = localDate(now);
  const labels = invoices.map((invoice) => labelOf(invoice, today, lang));
  return { labels, pendingNew: await pendingNewMessages(db, now) };
}

function labelOf(invoice: Invoice, today: string, lang: Language): GmailRowLabel {
  const threadId = invoice.origin.kind === 'gmail' ? invoice.origin.threadId : '';
  if (invoice.status === 'paid') return { threadId, text: lang === 'fr' ? 'Payée' : 'Paid', tone: 'ok' };
  if (invoice.status === 'written_off') {
    return { threadId, text: lang === 'fr' ? 'Abandonnée' : 'Written off', tone: 'ok' };
  }
  const late = daysBetween(invoice.dueDate, today);
  return { threadId, text: dayLabel(late, lang), tone: late > 0 ? 'late' : 'due' };
}
