/**
 * Gmail's own reply box, the one place that writes a reminder into Gmail: open it (the
 * thread's reply, else a new message), wait for Gmail to build it, write into it
 * (write-body.ts), read its ids. Gmail builds a compose asynchronously after a click, and saves
 * the draft on `input` events, which we dispatch. User data goes in as text, never as markup.
 */
import { hostTimers, type Timers } from '../../timers';
import { queryAll, queryFirst } from './dom';
import { findMenuReply, findMoreOptions, findReplyControl } from './reply-control';
import { type ComposeContent, fillCompose } from './write-body';

export { findMenuReply, findMoreOptions, findReplyControl, isVisible, type Visible } from './reply-control';
export { bodyHolds, type ComposeContent, fillCompose } from './write-body';

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
  const timers = options.timers ?? hostTimers;
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

/** How long each step may take (ms): Gmail renders the reply bar late and builds the editor in steps. */
export interface ComposeTiming {
  /** For the compose to appear after a click. */
  composeMs: number;
  /** For the reply control, before any fallback (the bottom bar renders late). */
  lateControlMs: number;
  /** The editor is written once it has been still `quietMs`, waited for at most `timeoutMs`. */
  editor: { quietMs: number; timeoutMs: number };
}

/**
 * Writes `content` into Gmail: the reply to `threadId` already open, else a reply opened from
 * the thread's controls (header icon, bottom bar, « Plus d'options » → Reply; never Forward),
 * else a new message. A reply keeps Gmail's « Re: » subject and recipients (another subject can
 * split the conversation). `no-compose`: nothing could be opened; `not-written`: Gmail's editor
 * did not keep the text (tried twice).
 */
export async function writeInCompose(
  doc: Document,
  threadId: string,
  content: Required<ComposeContent>,
  MutationObserverCtor: typeof MutationObserver,
  timing: ComposeTiming,
): Promise<{ compose: Element; reply: boolean } | 'no-compose' | 'not-written'> {
  const opened = await openCompose(doc, threadId, MutationObserverCtor, timing);
  if (!opened) return 'no-compose';
  const written = opened.reply ? { body: content.body } : content;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (!(await waitForEditor(opened.compose, MutationObserverCtor, timing.editor))) break;
    if (fillCompose(opened.compose, written).body) return opened;
  }
  return 'not-written';
}

async function openCompose(
  doc: Document,
  threadId: string,
  MutationObserverCtor: typeof MutationObserver,
  timing: ComposeTiming,
): Promise<{ compose: Element; reply: boolean } | null> {
  const known = listComposes(doc);
  // A reply to this thread already open: written into, not opened twice.
  const open = known.find((c) => readComposeThreadId(c) === threadId);
  if (open) return { compose: open, reply: true };
  const wait = <T>(find: () => T | null, ms: number) => waitFor(doc, MutationObserverCtor, find, ms);
  let control = await wait(() => findReplyControl(doc), timing.lateControlMs);
  const more = control ? null : findMoreOptions(doc);
  if (more) {
    // « Plus d'options » → "Reply" (li[data-action-type="94"]).
    press(more);
    control = await wait(() => findMenuReply(doc), 2000);
  }
  const waitOpen = () =>
    waitForCompose(doc, MutationObserverCtor, timing.composeMs, { known }) as Promise<Element | null>;
  if (control) {
    press(control);
    const compose = await waitOpen();
    if (compose) return { compose, reply: true };
  }
  const button = findComposeButton(doc);
  if (button) {
    press(button);
    const compose = await waitOpen();
    if (compose) return { compose, reply: false };
  }
  return null;
}

/** Gmail's controls listen to the whole pointer sequence, not to `click` alone. */
function press(el: Element): void {
  const view = el.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view }));
  }
}

/** Resolves with `find()`'s first non-null answer as the page changes, or `null` after `ms`. */
function waitFor<T>(
  doc: Document,
  MutationObserverCtor: typeof MutationObserver,
  find: () => T | null,
  ms: number,
): Promise<T | null> {
  return new Promise((resolve) => {
    const now = find();
    if (now) return resolve(now);
    const done = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new MutationObserverCtor(() => {
      const found = find();
      if (found) done(found);
    });
    observer.observe(doc.body, { childList: true, subtree: true, attributes: true });
    const timer = setTimeout(() => done(null), ms);
  });
}
