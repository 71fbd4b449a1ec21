import type { IsoDate } from '../../model';
import { hasAny, matchesKey, queryAll, queryFirst, readText } from './dom';
import { parseGmailDateTitle } from './parse-date';
import type { GmailAttachment, GmailMessage, GmailPerson, GmailThread } from './types';

const MAX_ID = 200;

/**
 * The open thread as plain data, or `null` when the layout is not recognised: a missing
 * landmark means Gmail changed, and we stay silent rather than throw into the page.
 */
export function parseThread(root: ParentNode): GmailThread | null {
  try {
    return parseOrNull(root);
  } catch {
    return null;
  }
}

function parseOrNull(root: ParentNode): GmailThread | null {
  const a98 = queryFirst(root, 'threadA98');
  const container = a98 ?? queryFirst(root, 'threadBs');
  if (!container) return null;
  const subjectEl = queryFirst(container, 'threadSubject');
  const threadId = subjectEl?.getAttribute('data-legacy-thread-id') ?? null;
  if (!subjectEl || !threadId) return null;
  const messages = inOrder(queryAll(container, 'message'), queryAll(container, 'collapsedMessage'))
    .map((el, i) => (matchesKey(el, 'collapsedMessage') ? parseCollapsed(el, threadId, i) : parseMessage(el)))
    .filter((m): m is GmailMessage => m !== null);
  // Anything else than a short id or an empty thread is not a layout we know.
  if (messages.length === 0 || threadId.length > MAX_ID) return null;
  return {
    threadId,
    permThreadId: stripHash(subjectEl.getAttribute('data-thread-perm-id')),
    subject: (subjectEl.textContent ?? '').trim().slice(0, 2000),
    messages,
    layout: a98 ? 'a98' : 'bs',
  };
}

/** Expanded and collapsed messages, in the thread's order (the usual case: one kind is empty). */
function inOrder(open: Element[], collapsed: Element[]): Element[] {
  if (collapsed.length === 0) return open;
  if (open.length === 0) return collapsed;
  return [...open, ...collapsed].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/**
 * A collapsed message (late 2026): a header with the sender, the date and a snippet, and no
 * body, attachment cards or ids until the user expands it (ISDK gmail-message-view.ts:615, :825). Its text is the
 * header's, sender and date left out; its id says where it stands in the thread. No snippet
 * class is relied on: the only public source naming one (`.iA.g6`) is Google's ChromeVox
 * extension for Gmail, (c) 2012; the 2025-2026 sources (ISDK, FC, BR) do not name it.
 */
function parseCollapsed(el: Element, threadId: string, index: number): GmailMessage | null {
  const from = person(queryFirst(el, 'sender'));
  if (!from) return null;
  const dateTitle = queryFirst(el, 'date')?.getAttribute('title') ?? null;
  let bodyText: string | undefined;
  return {
    messageId: `${threadId}#${index}`,
    from,
    to: [],
    dateTitle,
    date: dateTitle ? parseGmailDateTitle(dateTitle) : null,
    get bodyText() {
      bodyText ??= readText(el, (e) => matchesKey(e, 'sender') || matchesKey(e, 'date'));
      return bodyText;
    },
    quotedText: '',
    attachments: [],
    collapsed: true,
  };
}

function parseMessage(el: Element): GmailMessage | null {
  const messageId =
    el.getAttribute('data-legacy-message-id') ?? stripHash(el.getAttribute('data-message-id'));
  const from = person(queryFirst(el, 'sender'));
  if (!messageId || !from) return null;
  const dateTitle = queryFirst(el, 'date')?.getAttribute('title') ?? null;
  const body = queryFirst(el, 'body');
  // Texts are read when first asked for: detection reads one or two messages of a 50-message
  // thread, and the navigation budget is 5 ms. Each getter reads the DOM once, then remembers.
  let bodyText: string | undefined;
  let quotedText: string | undefined;
  let date: IsoDate | null | undefined;
  return {
    messageId,
    from,
    to: queryAll(el, 'recipients')
      .map(person)
      .filter((p): p is GmailPerson => p !== null),
    dateTitle,
    get date() {
      date ??= dateTitle ? parseGmailDateTitle(dateTitle) : null;
      return date;
    },
    get bodyText() {
      bodyText ??= body ? readText(body, (e) => matchesKey(e, 'quote')) : '';
      return bodyText;
    },
    get quotedText() {
      quotedText ??= body ? readQuotes(body) : '';
      return quotedText;
    },
    attachments: (hasAny(el, 'attachmentCard') ? queryAll(el, 'attachmentCard') : [])
      .map(attachment)
      .filter((a): a is GmailAttachment => a !== null),
  };
}

/** The quoted previous messages, outermost quotes only. */
function readQuotes(body: Element): string {
  if (!hasAny(body, 'quote')) return '';
  const all = queryAll(body, 'quote');
  return all
    .filter((q) => !all.some((o) => o !== q && o.contains(q)))
    .map((q) => readText(q))
    .join('\n\n');
}

/** Gmail puts the address in the `email` attribute; the text is a display name. */
function person(el: Element | null): GmailPerson | null {
  const email = el?.getAttribute('email')?.trim();
  if (!el || !email) return null;
  return { email, name: (el.getAttribute('name') ?? el.textContent ?? '').trim() };
}

/**
 * `download_url` is `mime:file name:https://…` (ISDK gmail-attachment-card-view.ts:148-151).
 * The name may itself hold colons, so the URL is found by its scheme.
 */
function attachment(card: Element): GmailAttachment | null {
  const raw = card.getAttribute('download_url');
  const shownName = queryFirst(card, 'attachmentName')?.textContent?.trim() ?? '';
  if (raw) {
    const firstColon = raw.indexOf(':');
    const urlAt = raw.search(/:https?:\/\//);
    if (firstColon > 0 && urlAt > firstColon) {
      const name = raw.slice(firstColon + 1, urlAt) || shownName;
      if (name) return { name, mime: raw.slice(0, firstColon), url: raw.slice(urlAt + 1) };
    }
  }
  if (!shownName) return null;
  const href = queryFirst(card, 'attachmentLink')?.getAttribute('href') ?? null;
  return { name: shownName, mime: /\.pdf$/i.test(shownName) ? 'application/pdf' : null, url: href };
}

/** `#msg-f:123` → `msg-f:123`; Gmail sometimes writes the string "undefined" (ISDK 1787941b). */
function stripHash(id: string | null): string | null {
  return id && id !== 'undefined' && id !== 'null' ? id.replace(/^#/, '') : null;
}
