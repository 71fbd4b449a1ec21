/**
 * « Relancer »: opens Gmail's own reply in the thread (or, failing that, a new message to the
 * client), writes today's reminder into it, and records the step only when the user sends it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { gmailComposeUrl } from '../../core/compose/targets';
import { sendFromContent } from '../../core/platform/content';
import {
  fillCompose,
  findComposeButton,
  findReplyControl,
  findSendButton,
  listComposes,
  readComposeId,
  readComposeThreadId,
  waitForCompose,
} from '../../core/sites/gmail/compose';

const COMPOSE_WAIT_MS = 5000;
/** Gmail refuses a Send (no recipient) by leaving the compose open. */
const REFUSED_MS = 1500;
/** Gmail's « Annuler » (Undo) after Send, 5 s by default, reopens the draft. */
const UNDO_MS = 6000;
/** Threads whose « Relancer » is under way: a double click opens one reply. */
const busy = new Set<string>();
const watched = new WeakSet<Element>();

/** Gmail's controls listen to the whole pointer sequence, not to `click` alone. */
function press(el: Element): void {
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window }));
  }
}

async function openCompose(
  doc: Document,
  threadId: string,
): Promise<{ compose: Element; reply: boolean } | null> {
  const known = listComposes(doc);
  // A reply to this thread already open: written into, not opened twice.
  const open = known.find((c) => readComposeThreadId(c) === threadId);
  if (open) return { compose: open, reply: true };
  const reply = findReplyControl(doc);
  if (reply) {
    press(reply);
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
 * (nothing recorded); else the error to show. `onSent` runs once the step is recorded.
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
    fillCompose(opened.compose, {
      subject: opened.reply ? undefined : subject,
      body,
      to: opened.reply ? undefined : to,
    });
    watchSend(ctx, doc, opened.compose, () =>
      sendFromContent('reminder/sent', {
        invoiceId,
        stepId,
        template,
        threadId: opened.reply ? threadId : null,
        covers,
      }).then(onSent),
    );
    return null;
  } finally {
    busy.delete(threadId);
  }
}

/**
 * Send (click or Ctrl/⌘+Enter) marks the compose pending; still open shortly after, Gmail
 * refused it. Gone while pending, the step is recorded once the undo window has passed without
 * the draft coming back (same compose id); a draft that comes back is watched again.
 */
function watchSend(ctx: ContentScriptContext, doc: Document, compose: Element, onSent: () => void): void {
  if (watched.has(compose)) return;
  watched.add(compose);
  const id = readComposeId(compose);
  let pending = false;
  let timer: number | undefined;
  const markSent = () => {
    pending = true;
    clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      if (compose.isConnected) pending = false;
    }, REFUSED_MS);
  };
  findSendButton(compose)?.addEventListener('click', markSent, true);
  compose.addEventListener(
    'keydown',
    (e) => {
      const k = e as KeyboardEvent;
      if (k.key === 'Enter' && (k.ctrlKey || k.metaKey)) markSent();
    },
    true,
  );
  const observer = new MutationObserver(() => {
    if (compose.isConnected) return;
    observer.disconnect();
    if (pending)
      ctx.setTimeout(() => {
        const back = id && listComposes(doc).find((c) => readComposeId(c) === id);
        if (back) watchSend(ctx, doc, back, onSent);
        else onSent();
      }, UNDO_MS);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}
