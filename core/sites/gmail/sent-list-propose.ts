/**
 * What each invoice-looking row of a Sent list proposes to track (issue #19, « Bring in the
 * past months »): a number, the client, the dates, the amount when the snippet shows one, and
 * the « Où en êtes-vous ? » answer the list gives away. Nothing is invented: what the row does
 * not show stays null and the review page asks for it. Pure: runs in the review page and in Node.
 */
import { extractPaymentFields } from '../../extract/text';
import { dueDateFromTerms } from '../../law/payment-terms';
import type { ClientKind, IsoDate, Whereabouts } from '../../model';
import type { SentReview, SentRow } from '../../model/gmail-sent';
import { guessClientKind } from './client-kind';
import { fileStems, greetedName, sameAddress } from './detect';
import { parseGmailDateTitle } from './parse-date';
import { saysPaid } from './payment-reply';
import { looksLikeInvoice } from './sent-list';

export interface SentProposal {
  threadId: string;
  subject: string;
  number: string | null;
  clientName: string | null;
  clientEmail: string | null;
  clientKindGuess: ClientKind | null;
  /** Whom the user's message greets (« Bonjour Marie, »), when the snippet is the user's. */
  contactFirstName: string | null;
  /** The day of the row: its latest message. */
  lastOn: IsoDate | null;
  /** The day the invoice was sent, when the row shows it (a one-message thread, or the snippet). */
  issueDate: IsoDate | null;
  totalCents: number | null;
  currency: string;
  dueDate: IsoDate | null;
  /** The due date is the legal default (30 days after the invoice, C. com. L441-10), to check. */
  dueGuessed: boolean;
  paymentTerms: string | null;
  messageCount: number;
  pdfName: string | null;
  language: 'fr' | 'en';
  /** « Où en êtes-vous ? » as the list shows it; `source: 'gmail-thread'`. */
  whereabouts: Whereabouts;
}

/**
 * The user's own later message, as the snippet of the thread's latest message words it: a
 * reminder (« je me permets de revenir vers vous », « reste impayée », « reminder ») or a formal
 * notice. Words of the user's side; a client does not write « sauf erreur de ma part, la facture
 * reste impayée ».
 */
const REMINDER =
  /\b(relance|rappel|je me permets de (?:revenir|vous relancer)|sauf erreur de ma part|reste (?:impayée|due|en attente)|toujours (?:impayée|en attente)|pas encore reçu (?:votre|le) (?:paiement|règlement|virement)|reminder|overdue|still (?:outstanding|unpaid)|following up|follow-up)\b/iu;
const FORMAL_NOTICE = /\b(mise en demeure|formal notice|letter before action)\b/iu;

/**
 * The proposals of a review: rows that look like invoices, less those whose snippet says the
 * money left (« le virement a été effectué »), in the list's order.
 */
export function proposeInvoices(review: Pick<SentReview, 'rows' | 'me' | 'sentList'>): SentProposal[] {
  return review.rows.flatMap((row) => {
    if (!looksLikeInvoice(row, review.me, review.sentList)) return [];
    if (row.messageCount > 1 && saysPaid(row.snippet)) return [];
    return [proposal(row, review.me)];
  });
}

function proposal(row: SentRow, me: string | null): SentProposal {
  const fromSubject = extractPaymentFields(row.subject);
  const fromSnippet = extractPaymentFields(row.snippet);
  const pdfs = row.attachments.filter((name) => /\.pdf$/i.test(name));
  const fromFiles = extractPaymentFields(fileStems(pdfs.map((name) => ({ name }))));
  const lastOn = row.dateTitle ? parseGmailDateTitle(row.dateTitle) : null;
  // One message: the row's date is the invoice's. Else the snippet is a later message.
  const issueDate = fromSnippet.issueDate?.value ?? (row.messageCount === 1 ? lastOn : null);
  const paymentTerms = fromSnippet.paymentTerms?.value ?? null;
  const stated = fromSnippet.dueDate?.value ?? null;
  const fromTerms = stated ? null : dueDateFromTerms({ terms: paymentTerms, issueDate });
  const total = fromSnippet.totalCents?.value ?? fromSnippet.amountDueCents?.value ?? null;
  const clients = row.people.filter((p) => !me || !sameAddress(p.email, me));
  const client = clients[0] ?? null;
  const clientName = client?.name && client.name !== client.email ? client.name : null;
  const text = `${row.subject}\n${row.snippet}`;
  const whereabouts = whereaboutsOf(row, me, lastOn);
  // The snippet is the user's own message when it is the only one, or their reminder.
  const mine = row.messageCount === 1 || whereabouts.reached !== 'nothing';
  return {
    threadId: row.threadId,
    subject: row.subject,
    number: fromSubject.number?.value ?? fromSnippet.number?.value ?? fromFiles.number?.value ?? null,
    clientName,
    clientEmail: client?.email ?? null,
    clientKindGuess: guessClientKind(clientName, client?.email ?? null),
    contactFirstName: mine ? greetedName(row.snippet) : null,
    lastOn,
    issueDate,
    totalCents: total !== null && total > 0 ? total : null,
    currency: fromSnippet.currency?.value ?? fromSubject.currency?.value ?? 'EUR',
    dueDate: stated ?? fromTerms?.dueDate ?? null,
    dueGuessed:
      stated === null &&
      Boolean(fromTerms?.dueDate) &&
      (fromTerms?.warnings.includes('terms-default-30-days') ?? false),
    paymentTerms,
    messageCount: row.messageCount,
    pdfName: pdfs[0] ?? null,
    language:
      /\b(invoice|amount|due|please|hi|dear)\b/i.test(text) && !/\b(facture|bonjour|montant)\b/i.test(text)
        ? 'en'
        : 'fr',
    whereabouts,
  };
}

/**
 * « Où en êtes-vous ? » from the row: with more than one message, a latest message worded as a
 * formal notice or a reminder, or a thread whose people are the user alone (« moi (3) » in a
 * search: every later message is theirs), means the user already went that far, on the row's
 * day. Otherwise nothing was sent since the invoice, as far as the list shows.
 */
export function whereaboutsOf(row: SentRow, me: string | null, lastOn: IsoDate | null): Whereabouts {
  const later = row.messageCount > 1;
  const onlyMe = me !== null && row.people.length > 0 && row.people.every((p) => sameAddress(p.email, me));
  if (later && FORMAL_NOTICE.test(row.snippet))
    return { reached: 'formal_notice', on: lastOn, source: 'gmail-thread' };
  if (later && (REMINDER.test(row.snippet) || onlyMe))
    return { reached: 'email', on: lastOn, source: 'gmail-thread' };
  return { reached: 'nothing', on: null, source: 'gmail-thread' };
}
