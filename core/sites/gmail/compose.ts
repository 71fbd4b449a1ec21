import { matchesKey, queryAll, queryFirst, readText } from './dom';
import { insertText } from './write-body';

export { findMenuReply, findMoreOptions, findReplyControl, isVisible, type Visible } from './reply-control';

/**
 * Gmail's own reply box: find it, wait for it, write into it. Gmail builds a compose
 * asynchronously after a click, and saves the draft on `input` events, which we dispatch.
 * User data goes in as text (value, textContent), never as markup.
 */

/** Gmail's "Compose" button, for a new message when no reply control can be found. */
export function findComposeButton(root: ParentNode): Element | null {
  return queryFirst(root, 'composeButton');
}

/** Every compose box open on the page (inline replies and windows). */
export function listComposes(root: ParentNode): Element[] {
  return queryAll(root, 'compose');
}

/**
 * The compose that appeared: one not in `known` (the composes open before the click),
 * an inline reply first, the newest first.
 */
export function findOpenCompose(root: ParentNode, known: readonly Element[] = []): Element | null {
  const fresh = (list: Element[]) => list.filter((el) => !known.includes(el));
  const inline = fresh(queryAll(root, 'inlineCompose'));
  const any = inline.length > 0 ? inline : fresh(listComposes(root));
  return any[any.length - 1] ?? null;
}

export interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: never) => void;
}

/**
 * Resolves with the compose that appears under `root` (one not already open when called, or
 * not in `known`), or `null` after `timeoutMs`.
 */
export function waitForCompose(
  root: ParentNode & Node,
  MutationObserverCtor: typeof MutationObserver,
  timeoutMs: number,
  options: { known?: readonly Element[]; timers?: Timers } = {},
): Promise<Element | null> {
  const known = options.known ?? listComposes(root);
  // Wrapped: browsers throw "Illegal invocation" when setTimeout is called as a method of another object.
  const timers = options.timers ?? {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: never) => clearTimeout(id),
  };
  return new Promise((resolve) => {
    const already = findOpenCompose(root, known);
    if (already) return resolve(already);
    const done = (found: Element | null) => {
      observer.disconnect();
      timers.clearTimeout(timer as never);
      resolve(found);
    };
    const observer = new MutationObserverCtor(() => {
      const found = findOpenCompose(root, known);
      if (found) done(found);
    });
    observer.observe(root, { childList: true, subtree: true });
    const timer = timers.setTimeout(() => done(null), timeoutMs);
  });
}

export interface ComposeContent {
  /** Left as Gmail wrote it ("Re: …") when absent. */
  subject?: string;
  body: string;
  /** Typed into the To field; leave absent for a reply, whose recipients Gmail sets. */
  to?: readonly string[];
}

/** Writes into the compose; says which parts were found and written. */
export function fillCompose(
  compose: Element,
  content: ComposeContent,
): { subject: boolean; body: boolean; to: boolean } {
  const written = { subject: false, body: false, to: false };
  if (content.subject !== undefined) {
    const input = queryFirst(compose, 'composeSubject');
    if (input && 'value' in input) {
      (input as HTMLInputElement).value = content.subject;
      fire(input, 'input');
      fire(input, 'change');
      written.subject = true;
    }
  }
  if (content.to && content.to.length > 0) {
    const input = queryFirst(compose, 'composeTo');
    if (input && 'value' in input) {
      (input as HTMLInputElement).value = content.to.join(', ');
      fire(input, 'input');
      fire(input, 'change');
      written.to = true;
    }
  }
  const editable = queryFirst(compose, 'composeBody');
  if (editable) {
    const kept = signatureOf(editable);
    prepareLines(editable);
    insertText(editable, content.body, () => writeBody(editable, content.body));
    // Checked afterwards: Gmail may rebuild the editor (a restored draft, the signature).
    written.body = bodyHolds(compose, content.body) && (kept === '' || signatureOf(editable) === kept);
  }
  return written;
}

/** True when the compose's editor holds `body` (its first and last lines), as text. */
export function bodyHolds(compose: Element, body: string): boolean {
  const editable = queryFirst(compose, 'composeBody');
  if (!editable) return false;
  const text = flat(readText(editable));
  const lines = body.split(/\r?\n/).map(flat).filter(Boolean);
  return (
    lines.length === 0 || (text.includes(lines[0] ?? '') && text.includes(lines[lines.length - 1] ?? ''))
  );
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function signatureOf(editable: Element): string {
  const sig = queryAll(editable, 'signature');
  return sig.map((el) => flat(el.textContent ?? '')).join(' ');
}

/**
 * What the user had above the signature and quote goes (filling twice does not write the text
 * twice); one empty line is left for the text and one between it and the signature.
 */
function prepareLines(editable: Element): void {
  const doc = editable.ownerDocument;
  const kept = Array.from(editable.children).find((child) => keepsPlace(child)) ?? null;
  for (const child of Array.from(editable.childNodes)) {
    if (kept && (child === kept || kept.compareDocumentPosition(child) & 4)) break;
    child.remove();
  }
  const line = () => {
    const div = doc.createElement('div');
    div.appendChild(doc.createElement('br'));
    return div;
  };
  editable.insertBefore(line(), kept);
  if (kept) editable.insertBefore(line(), kept);
}

/**
 * Waits for the compose's editor and for Gmail to stop building it: Gmail inserts the compose,
 * then M9, then the editor, then the signature or a restored draft (ISDK 43600043), and text
 * written before the last step is lost. `null` when no editor came within `timeoutMs`.
 */
export function waitForEditor(
  compose: Element,
  MutationObserverCtor: typeof MutationObserver,
  { quietMs, timeoutMs }: { quietMs: number; timeoutMs: number },
): Promise<Element | null> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const finish = (found: Element | null) => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(limit);
      resolve(found);
    };
    const settle = () => {
      clearTimeout(quiet);
      quiet = setTimeout(() => finish(queryFirst(compose, 'composeBody')), quietMs);
    };
    const observer = new MutationObserverCtor(settle);
    observer.observe(compose, { childList: true, subtree: true, attributes: true });
    const limit = setTimeout(() => finish(queryFirst(compose, 'composeBody')), timeoutMs);
    settle();
  });
}

/**
 * Where the editor cannot type (no `execCommand`, as in tests): one `<div>` per line in place of
 * the first empty line, as Gmail's editor writes them, and an `input` event for the draft.
 */
function writeBody(editable: Element, body: string): void {
  const doc = editable.ownerDocument;
  const first = editable.firstElementChild;
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  for (const line of lines) {
    const div = doc.createElement('div');
    if (line === '') div.appendChild(doc.createElement('br'));
    else div.textContent = line;
    editable.insertBefore(div, first);
  }
  first?.remove();
  fire(editable, 'input');
}

function keepsPlace(el: Element): boolean {
  return matchesKey(el, 'signature') || matchesKey(el, 'quote') || queryFirst(el, 'signature') !== null;
}

export function findSendButton(compose: Element): Element | null {
  return queryFirst(compose, 'sendButton');
}

export function findDiscardButton(compose: Element): Element | null {
  return queryFirst(compose, 'discardButton');
}

/**
 * The legacy id of the thread a reply belongs to; `null` for a new message. `lts` first; `rt`
 * only when it holds a legacy id, not "#thread-f:…" (ISDK gmail-compose-view.ts:552).
 */
export function readComposeThreadId(compose: Element): string | null {
  for (const el of queryAll(compose, 'composeThread')) {
    const value = (el as HTMLInputElement).value?.trim();
    if (value && /^[0-9a-f]{16}$/i.test(value)) return value;
  }
  return null;
}

/** Gmail's draft id, kept when « Annuler » reopens the draft; `null` before the first save. */
export function readDraftId(compose: Element): string | null {
  const value = (queryFirst(compose, 'composeDraft') as HTMLInputElement | null)?.value?.trim();
  return value && value !== 'undefined' && value !== 'null' ? value : null;
}

export function readComposeId(compose: Element): string | null {
  return (queryFirst(compose, 'composeId') as HTMLInputElement | null)?.value || null;
}

/** The addresses already set as recipients (chips). */
export function readComposeRecipients(compose: Element): string[] {
  return queryAll(compose, 'composeRecipient').flatMap((el) => {
    const email = el.getAttribute('email') ?? el.getAttribute('data-hovercard-id');
    return email ? [email] : [];
  });
}

function fire(el: Element, type: string): void {
  const view = el.ownerDocument.defaultView;
  const Ctor = type === 'input' && view?.InputEvent ? view.InputEvent : view?.Event;
  if (Ctor) el.dispatchEvent(new Ctor(type, { bubbles: true }));
  else {
    const event = el.ownerDocument.createEvent('Event');
    event.initEvent(type, true, false);
    el.dispatchEvent(event);
  }
}
