import { findThreadContainer } from './anchors';
import { isElement, matchesKey, queryAll, queryFirst } from './dom';
import { GMAIL_SELECTORS } from './selectors';

/**
 * Gmail's own reply box: find it, wait for it, write into it. Gmail builds a compose
 * asynchronously after a click, and saves the draft on `input` events, which we dispatch.
 * User data goes in as text (value, textContent), never as markup.
 */

/**
 * The "Reply" control of the open thread (searched in it when there is one, not in the other
 * views Gmail keeps): the bottom reply bar, else the header icon.
 */
export function findReplyControl(root: ParentNode): Element | null {
  const scope = findThreadContainer(root) ?? root;
  // Several bars can exist (A/B tests, ISDK gmail-thread-view.ts:849-852): the last visible one
  // belongs to the newest message. A fallback whose matches are all hidden gives way to the next.
  for (const { css } of GMAIL_SELECTORS.replyControl) {
    const visible = Array.from(scope.querySelectorAll(css)).filter((el) => !hiddenInline(el));
    if (visible.length > 0) return visible[visible.length - 1] ?? null;
  }
  return null;
}

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
    writeBody(editable, content.body);
    fire(editable, 'input');
    written.body = true;
  }
  return written;
}

/**
 * One `<div>` per line, as Gmail's editor writes them, above the signature and quote, which
 * stay. What was above them is replaced, so filling twice does not write the text twice.
 */
function writeBody(editable: Element, body: string): void {
  const doc = editable.ownerDocument;
  const kept = Array.from(editable.children).find((child) => keepsPlace(child)) ?? null;
  for (const child of Array.from(editable.childNodes)) {
    if (kept && (child === kept || kept.compareDocumentPosition(child) & 4)) break;
    child.remove();
  }
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  if (kept) lines.push('');
  for (const line of lines) {
    const div = doc.createElement('div');
    if (line === '') div.appendChild(doc.createElement('br'));
    else div.textContent = line;
    editable.insertBefore(div, kept);
  }
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

/** The legacy id of the thread a reply belongs to; `null` for a new message. */
export function readComposeThreadId(compose: Element): string | null {
  return (queryFirst(compose, 'composeThread') as HTMLInputElement | null)?.value?.trim() || null;
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

/** Gmail hides spare bars with inline styles; layout is not available in tests. */
function hiddenInline(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || (isElement(node) && (node as HTMLElement).style?.display === 'none'))
      return true;
  }
  return false;
}
