/**
 * « Bring in the past months » (issue #19): the rows of a Sent list (or of a search such as
 * `in:sent has:attachment facture`) read as plain data, and which of them look like invoices.
 * Runs in the Gmail content script to count the bar's « N factures repérées », so it is small
 * and reads only what the row shows: subject, snippet, people, message count, attachment chips,
 * date. What each one proposes is decided outside the page (sent-list-propose.ts).
 */

import type { SentRow } from '../../model/gmail-sent';
import { queryAll, queryFirst } from './dom';
import { parseListRows } from './parse-list';

/** The rows of the list shown, with what the Sent-list pass reads; `[]` when none is recognised. */
export function parseSentRows(root: ParentNode): SentRow[] {
  const byId = new Map<string, Element>();
  try {
    for (const list of visibleLists(root))
      for (const row of queryAll(list, 'listRow')) {
        const id = queryFirst(row, 'rowThreadId')?.getAttribute('data-legacy-thread-id');
        if (id && !byId.has(id)) byId.set(id, row);
      }
  } catch {
    return [];
  }
  const seen = new Set<string>();
  return parseListRows(root).flatMap((base) => {
    const row = byId.get(base.threadId);
    // Gmail keeps hidden lists of other views in the page: one row per thread.
    if (!row || seen.has(base.threadId)) return [];
    seen.add(base.threadId);
    return [
      {
        threadId: base.threadId,
        subject: base.subject.slice(0, 500),
        people: base.people.slice(0, 20),
        dateTitle: base.dateTitle,
        snippet: snippetOf(row).slice(0, 500),
        messageCount: countOf(row),
        attachments: queryAll(row, 'rowAttachment')
          .map((chip) => (chip.getAttribute('title') ?? chip.textContent ?? '').trim())
          .filter((name) => name !== '')
          .slice(0, 10)
          .map((name) => name.slice(0, 300)),
      },
    ];
  });
}

/**
 * The thread lists on screen: Gmail hides other views by toggling `display` on their containers
 * rather than removing them (ISDK get-main-content-element-changed-stream.ts), so the Inbox's
 * list may sit, hidden, next to the Sent list shown.
 */
function visibleLists(root: ParentNode): Element[] {
  return queryAll(root, 'threadList').filter((list) => {
    for (let el: Element | null = list; el; el = el.parentElement)
      if ((el as HTMLElement).style?.display === 'none') return false;
    return true;
  });
}

/** The list the bar goes above: the first one on screen. */
export function shownThreadList(root: ParentNode): Element | null {
  return visibleLists(root)[0] ?? null;
}

/** The snippet without Gmail's « - » separator; text only. */
function snippetOf(row: Element): string {
  return (queryFirst(row, 'rowSnippet')?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .replace(/^\s*-\s*/, '')
    .trim();
}

/**
 * Messages in the thread: the `.bx0` count (ISDK reads it as the number), else « (3) » after
 * the people, else one.
 */
function countOf(row: Element): number {
  const text = queryFirst(row, 'rowCount')?.textContent ?? '';
  const found =
    /\d+/.exec(text)?.[0] ??
    /\((\d+)\)\s*$/.exec(queryFirst(row, 'rowPeople')?.parentElement?.textContent ?? '')?.[1];
  const n = Number(found ?? 1);
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
}

/** Words naming an invoice, French and English (« Facture », « Invoice », « Note d'honoraires »). */
const INVOICE_WORD = /\b(factures?|invoices?|note d['’]honoraires)\b/i;
/** Documents that are not invoices to chase: quotes, pro formas, credit notes, received bills. */
const NOT_CHASED =
  /\b(devis|pro[\s-]?forma|avoirs?|credit notes?|quotes?|quotation|votre facture|your invoice|re[cç]u)\b/i;
/** An invoice number in the subject or a file name: « n° 12 », « F-2026-001 », « INV-1042 ». */
const NUMBER_LIKE = /\b(?:n[°ºo]\s*\d|[A-Z]{1,5}[-_/]?\d{2,}[\w-]*|\d{3,}[-_/]\d+)/;
/** An amount with its currency, as a snippet shows it: « 1 500,00 € », « £1,250.00 ». */
const AMOUNT = /(?:\d[\d\s\u00a0\u202f.,]*\s?(?:€|eur\b|£|\$)|(?:€|£|\$)\s?\d)/i;

/**
 * Whether a row looks like an invoice the user sent: a word naming an invoice in the subject or
 * an attachment's name, and something of an invoice besides (a number, a PDF, an amount). A
 * quote, a credit note or an invoice received (« Votre facture… ») is not one. In a list other
 * than Sent (a search), the user must be among the row's people.
 */
export function looksLikeInvoice(row: SentRow, me: string | null, sentList: boolean): boolean {
  const files = row.attachments.join('\n');
  const named = `${row.subject}\n${files}`;
  if (!INVOICE_WORD.test(named)) return false;
  if (NOT_CHASED.test(row.subject)) return false;
  if (!sentList && me && !row.people.some((p) => p.email.toLowerCase() === me.toLowerCase())) return false;
  const pdf = row.attachments.some((name) => /\.pdf$/i.test(name));
  return NUMBER_LIKE.test(named) || pdf || AMOUNT.test(row.snippet);
}
