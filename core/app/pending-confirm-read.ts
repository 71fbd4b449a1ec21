/**
 * The « À confirmer » questions as the popup, the dashboard and the digest show them (the store
 * and the answer are pending-confirmations.ts). Light on purpose: the popup loads it after its
 * first paint, with no engine behind it.
 */
import { addDays, daysBetween, localDate } from '../dates';
import type { EcheanceDb } from '../db/database';
import { PENDING_CONFIRMATIONS, readList } from '../db/sends';
import { notices } from '../i18n/catalogue/notices';
import { sends } from '../i18n/catalogue/sends';
import { translator } from '../i18n/translate';
import type { IsoDate, Language } from '../model';
import type { NotificationText } from '../notify/texts';
import type { RowPending } from './action-row';
import type { PendingConfirmation } from './pending-confirmations';

/** What a screen shows for one: the words are the catalogue's (`sends` area). */
export interface PendingConfirmationView {
  id: string;
  invoiceId: string;
  client: string;
  numbers: string[];
  target: 'outlook' | 'mailto';
  /** Calendar days since it was opened: 0 today, 1 yesterday. */
  daysAgo: number;
  /** The invoice has a stored PDF the user must attach by hand in that mailbox. */
  attachByHand: boolean;
}

/** The confirmations still unanswered, oldest first; those whose invoice is gone are left out. */
export async function pendingConfirmations(db: EcheanceDb, now: Date): Promise<PendingConfirmationView[]> {
  const list = await readList<PendingConfirmation>(db, PENDING_CONFIRMATIONS);
  if (list.length === 0) return [];
  const invoices = await db.invoices.bulkGet(list.map((p) => p.invoiceId));
  const today = localDate(now);
  const views: PendingConfirmationView[] = [];
  for (const [i, p] of list.entries()) {
    const invoice = invoices[i];
    if (!invoice) continue;
    const file = invoice.fileId ? await db.files.get(invoice.fileId) : undefined;
    views.push({
      id: p.id,
      invoiceId: p.invoiceId,
      client: p.client,
      numbers: p.numbers,
      target: p.target,
      daysAgo: Math.max(0, daysBetween(localDate(new Date(p.at)), today)),
      attachByHand: file !== undefined,
    });
  }
  return views.sort((a, b) => b.daysAgo - a.daysAgo);
}

/** The question, in the user's words: « … ouverte hier — envoyée ? ». */
export function confirmQuestion(view: PendingConfirmationView, lang: Language): string {
  const t = translator(sends, lang);
  const client = view.client || view.numbers.join(', ');
  if (view.daysAgo === 0) return t('sends.confirm.today', { client });
  if (view.daysAgo === 1) return t('sends.confirm.yesterday', { client });
  return t('sends.confirm.daysAgo', { client, count: view.daysAgo });
}

/** The digest's line about them: the question itself for one, a count for several; null for none. */
export function digestConfirmLine(views: readonly PendingConfirmationView[], lang: Language): string | null {
  const [first] = views;
  if (!first) return null;
  if (views.length === 1) return confirmQuestion(first, lang);
  return translator(sends, lang)('sends.digest.confirm', { count: views.length });
}

/**
 * The digest with the « À confirmer » line added; the line alone when no action is due, with one
 * button, « Répondre », which opens today's list where the question is (nothing to remind or
 * put off then).
 */
export function withConfirmations(
  digest: NotificationText | null,
  line: string | null,
  lang: Language,
): NotificationText | null {
  if (!line) return digest;
  if (digest) return { ...digest, message: `${line}\n${digest.message}` };
  const t = translator(notices, lang);
  return { title: line, message: '', buttons: [t('notice.answer')] };
}

/** Each invoice's question, for its row's second line (« à confirmer : relance ouverte le … »). */
export function pendingByInvoice(
  views: readonly PendingConfirmationView[],
  today: IsoDate,
): ReadonlyMap<string, RowPending> {
  return new Map(views.map((v) => [v.invoiceId, { openedOn: addDays(today, -v.daysAgo) }]));
}
