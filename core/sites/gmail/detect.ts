import type { ExtractedInvoice } from '../../extract/types';
import { signatureOf } from '../../law/debtor-signature';
import { guessClientKind } from './client-kind';
import type {
  DetectedGmailInvoice,
  GmailAttachment,
  GmailFieldSource,
  GmailMessage,
  GmailThread,
} from './types';
import { threadWhereabouts } from './whereabouts';

export type TextExtractor = (text: string) => ExtractedInvoice;

/** Words that name an invoice in the languages our users' clients write in. */
const INVOICE_WORD = /\b(factures?|invoices?|rechnung(en)?|note d['’]honoraires)\b/i;
const GREETING =
  /^(?:bonjour|bonsoir|salut|hello|hi|dear|chère|cher|madame|monsieur)\s+([A-ZÀ-Ý][\p{L}'-]+)\s*[,!]/imu;
const ENGLISH = /\b(invoice|due date|amount due|please find|kind regards|dear|hi)\b/i;

/**
 * The invoice the user sent in this thread, or `null`. A message counts when it is from `me`
 * (any message when `me` is unknown), names an invoice (subject, body or attachment name) and
 * carries something of one: a number, an amount or a PDF. The earliest such message wins:
 * later ones are usually reminders about it.
 */
export function detectInvoice(
  thread: GmailThread,
  me: string | undefined,
  extract: TextExtractor,
): DetectedGmailInvoice | null {
  for (const message of candidates(thread, me)) {
    const found = readInvoice(thread, message, me, extract);
    if (found) return found;
  }
  return null;
}

/**
 * The texts `detectInvoice` will give its extractor: the subject, then each candidate
 * message's body and PDF names. The Gmail page has them read by the background
 * (`gmail/read-texts`), so the text extractor's rules stay out of the content script.
 */
export function textsToRead(thread: GmailThread, me?: string): string[] {
  const texts = new Set<string>();
  for (const message of candidates(thread, me)) {
    texts
      .add(thread.subject)
      .add(message.bodyText)
      .add(fileStems(message.attachments.filter(isPdf)));
  }
  return [...texts];
}

/** The user's messages (any message when `me` is unknown) that name an invoice. */
function candidates(thread: GmailThread, me: string | undefined): GmailMessage[] {
  return thread.messages.filter(
    (m) =>
      (!me || sameAddress(m.from.email, me)) &&
      INVOICE_WORD.test(`${thread.subject}\n${m.bodyText}\n${m.attachments.map((a) => a.name).join('\n')}`),
  );
}

function readInvoice(
  thread: GmailThread,
  message: GmailMessage,
  me: string | undefined,
  extract: TextExtractor,
): DetectedGmailInvoice | null {
  const pdfs = message.attachments.filter(isPdf);
  const fromSubject = extract(thread.subject);
  const fromBody = extract(message.bodyText);
  const fromNames = extract(fileStems(pdfs));
  if ([fromSubject, fromBody].some((x) => x.documentType?.value === 'credit_note')) return null;

  const sources: DetectedGmailInvoice['sources'] = {};
  const pick = <K extends keyof ExtractedInvoice>(
    field: K,
    order: [ExtractedInvoice, GmailFieldSource][],
  ): { value: NonNullable<ExtractedInvoice[K]>['value']; source: GmailFieldSource } | null => {
    for (const [x, source] of order) {
      const found = x[field];
      if (found) return { value: found.value as NonNullable<ExtractedInvoice[K]>['value'], source };
    }
    return null;
  };
  const set = <T>(
    key: keyof DetectedGmailInvoice['sources'],
    found: { value: T; source: GmailFieldSource } | null,
  ) => {
    if (found) sources[key] = found.source;
    return found?.value ?? null;
  };

  const textFirst: [ExtractedInvoice, GmailFieldSource][] = [
    [fromBody, 'body'],
    [fromSubject, 'subject'],
  ];
  const number = set(
    'number',
    pick('number', [
      [fromSubject, 'subject'],
      [fromBody, 'body'],
      [fromNames, 'attachment'],
    ]),
  );
  const total = pick('totalCents', textFirst) ?? pick('amountDueCents', textFirst);
  const totalCents = set('totalCents', total);
  if (!number && totalCents === null && pdfs.length === 0) return null;

  const currencySource = total?.source === 'subject' ? fromSubject : fromBody;
  const currency = set(
    'currency',
    pick('currency', [[currencySource, total?.source ?? 'body'], ...textFirst]),
  );
  const issue =
    pick('issueDate', textFirst) ??
    (message.date ? { value: message.date, source: 'message-date' as const } : null);
  const clients = (message.collapsed ? threadPeople(thread) : message.to).filter(
    (p) => !me || !sameAddress(p.email, me),
  );
  const first = clients[0];
  const recipientName = first?.name && first.name !== first.email ? first.name : null;
  const clientName = recipientName
    ? set('clientName', { value: recipientName, source: 'recipients' })
    : set('clientName', pick('buyerName', textFirst));
  const clientEmail = first ? set('clientEmail', { value: first.email, source: 'recipients' }) : null;

  return {
    threadId: thread.threadId,
    messageId: message.messageId,
    number,
    totalCents,
    currency,
    dueDate: set('dueDate', pick('dueDate', textFirst)),
    paymentTerms: set('paymentTerms', pick('paymentTerms', textFirst)),
    issueDate: set('issueDate', issue),
    clientName,
    clientEmail,
    clientEmails: clients.map((p) => p.email),
    contactFirstName: greetedName(message.bodyText),
    clientKindGuess: guessClientKind(clientName, clientEmail),
    clientSignature: clientSignature(thread, clients),
    language: guessLanguage(`${thread.subject}\n${message.bodyText}`),
    pdfAttachment: pickPdf(pdfs),
    whereabouts: threadWhereabouts(thread, message.messageId),
    sources,
  };
}

/** The signature of the last expanded message a client wrote in the thread (issue #15). */
function clientSignature(thread: GmailThread, clients: GmailMessage['to']): string | null {
  const theirs = thread.messages.filter(
    (m) => !m.collapsed && clients.some((p) => sameAddress(p.email, m.from.email)),
  );
  return signatureOf(theirs.at(-1)?.bodyText);
}

/**
 * A collapsed message shows no recipients: the other people of the thread stand for them, those
 * the user wrote to first, then those who wrote (a client's reply).
 */
function threadPeople(thread: GmailThread): GmailMessage['to'] {
  const seen = new Set<string>();
  return [...thread.messages.flatMap((m) => m.to), ...thread.messages.map((m) => m.from)].filter((p) => {
    const key = p.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The first name a message greets (« Bonjour Marie, »), or null. */
export function greetedName(text: string): string | null {
  return text.match(GREETING)?.[1] ?? null;
}

export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function isPdf(a: GmailAttachment): boolean {
  return a.mime === 'application/pdf' || /\.pdf$/i.test(a.name);
}

/** "Facture_F-2026-004.pdf" → "Facture F-2026-004", which the text extractor can read. */
export function fileStems(files: Pick<GmailAttachment, 'name'>[]): string {
  return files
    .map((a) => a.name.replace(/\.[a-z0-9]{2,4}$/i, '').replace(/^([\p{L}]+)[-_ ]+(?=\S*\d)/u, '$1 '))
    .join('\n');
}

function pickPdf(pdfs: GmailAttachment[]): { name: string; url: string | null } | null {
  const best = pdfs.find((a) => INVOICE_WORD.test(a.name) || /\d/.test(a.name)) ?? pdfs[0];
  return best ? { name: best.name, url: best.url } : null;
}

function guessLanguage(text: string): 'fr' | 'en' {
  return ENGLISH.test(text) && !/\b(facture|bonjour|montant|merci)\b/i.test(text) ? 'en' : 'fr';
}
