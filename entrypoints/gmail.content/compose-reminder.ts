/**
 * « Relancer »: opens Gmail's own reply in the thread (or, failing that, a new message to the
 * client), writes today's reminder into it, and records the step only once Gmail has sent it
 * (send-watch.ts). Never Forward.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { gmailComposeUrl } from '../../core/compose/targets';
import { sendFromContent } from '../../core/platform/content';
import {
  fillCompose,
  findComposeButton,
  findMenuReply,
  findMoreOptions,
  findReplyControl,
  listComposes,
  readComposeThreadId,
  waitForCompose,
  waitForEditor,
} from '../../core/sites/gmail/compose';
import { armCompose } from './send-watch';

const COMPOSE_WAIT_MS = 5000;
/** Gmail renders the reply bar late (gmail-dom.md §2): waited for before any fallback. */
const LATE_CONTROL_MS = 3000;
/** Gmail builds the editor in steps; text goes in once it has been still this long. */
const EDITOR = { quietMs: 400, timeoutMs: 8000 };
/** Threads whose « Relancer » is under way: a double click opens one reply. */
const busy = new Set<string>();

/** Gmail's controls listen to the whole pointer sequence, not to `click` alone. */
function press(el: Element): void {
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window }));
  }
}

/** Resolves with `find()`'s first non-null answer as the page changes, or `null` after `ms`. */
function waitFor<T>(doc: Document, find: () => T | null, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const now = find();
    if (now) return resolve(now);
    const done = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      const found = find();
      if (found) done(found);
    });
    observer.observe(doc.body, { childList: true, subtree: true, attributes: true });
    const timer = setTimeout(() => done(null), ms);
  });
}

async function openCompose(
  doc: Document,
  threadId: string,
): Promise<{ compose: Element; reply: boolean } | null> {
  const known = listComposes(doc);
  // A reply to this thread already open: written into, not opened twice.
  const open = known.find((c) => readComposeThreadId(c) === threadId);
  if (open) return { compose: open, reply: true };
  let control = await waitFor(doc, () => findReplyControl(doc), LATE_CONTROL_MS);
  const more = control ? null : findMoreOptions(doc);
  if (more) {
    // « Plus d'options » → "Reply" (li[data-action-type="94"]).
    press(more);
    control = await waitFor(doc, () => findMenuReply(doc), 2000);
  }
  if (control) {
    press(control);
    const compose = await waitForCompose(doc, MutationObserver, COMPOSE_WAIT_MS, { known });
    if (compose) return { compose, reply: true };
  }
  const button = findComposeButton(doc);
  if (button) {
    press(button);
    const compose = await waitForCompose(doc, MutationObserver, COMPOSE_WAIT_MS, { known });
    if (compose) return { compose, reply: false };
  }
  return null;
}

/**
 * `null` once the reminder is written into Gmail's compose; `tab` when it went to a new tab
 * (nothing recorded); `not-written` when Gmail's editor did not keep the text; else the error
 * to show. `onSent` runs once the step is recorded.
 */
export async function composeReminder(
  ctx: ContentScriptContext,
  doc: Document,
  invoiceId: string,
  threadId: string,
  account: number,
  onSent: () => void,
): Promise<string | null> {
  if (busy.has(threadId)) return null;
  busy.add(threadId);
  try {
    const draft = await sendFromContent('reminder/draft', { invoiceId });
    if (!draft.ok) return draft.error.message;
    const { subject, body, to, stepId, template, covers } = draft.data;
    const opened = await openCompose(doc, threadId);
    if (!opened) {
      // Neither a reply nor a compose button: Gmail's full-screen compose by URL, unrecorded.
      window.open(gmailComposeUrl({ to, subject, body }, account), '_blank', 'noopener');
      return 'tab';
    }
    // A reply keeps Gmail's « Re: » subject: another subject can split the conversation.
    const content = { subject: opened.reply ? undefined : subject, body, to: opened.reply ? undefined : to };
    let written = false;
    for (let attempt = 0; attempt < 2 && !written; attempt++) {
      if (!(await waitForEditor(opened.compose, MutationObserver, EDITOR))) break;
      written = fillCompose(opened.compose, content).body;
    }
    if (!written) return 'not-written';
    armCompose(
      ctx,
      doc,
      opened.compose,
      {
        invoiceId,
        stepId,
        template,
        threadId: opened.reply ? threadId : null,
        viewThreadId: threadId,
        covers,
        body,
      },
      onSent,
    );
    return null;
  } finally {
    busy.delete(threadId);
  }
}
