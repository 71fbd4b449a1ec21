/**
 * « Relancer »: opens Gmail's own reply in the thread (or, failing that, a new message to the
 * client), writes today's reminder into it, and records the step only when the user sends it.
 */
import { gmailComposeUrl } from '../../core/compose/targets';
import { sendFromContent } from '../../core/platform/content';
import {
  fillCompose,
  findComposeButton,
  findReplyControl,
  findSendButton,
  listComposes,
  waitForCompose,
} from '../../core/sites/gmail/compose';

const COMPOSE_WAIT_MS = 5000;

/** Gmail's controls listen to the whole pointer sequence, not to `click` alone. */
function press(el: Element): void {
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window }));
  }
}

async function openCompose(doc: Document): Promise<{ compose: Element; reply: boolean } | null> {
  const known = listComposes(doc);
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

export async function composeReminder(
  doc: Document,
  invoiceId: string,
  threadId: string,
  account: number,
  signal: AbortSignal,
): Promise<string | null> {
  const draft = await sendFromContent('reminder/draft', { invoiceId });
  if (!draft.ok) return draft.error.message;
  const { subject, body, to, stepId, template } = draft.data;
  const opened = await openCompose(doc);
  if (!opened) {
    // Neither a reply nor a compose button: Gmail's full-screen compose by URL, unrecorded.
    window.open(gmailComposeUrl({ to, subject, body }, account), '_blank', 'noopener');
    return null;
  }
  fillCompose(opened.compose, { subject, body, to: opened.reply ? undefined : to });
  watchSend(doc, opened.compose, signal, () => {
    sendFromContent('reminder/sent', {
      invoiceId,
      stepId,
      template,
      threadId: opened.reply ? threadId : null,
    });
  });
  return null;
}

/**
 * The step is recorded when the compose closes after Send (click or Ctrl/⌘+Enter); a compose
 * closed any other way (discarded) records nothing.
 */
function watchSend(doc: Document, compose: Element, signal: AbortSignal, onSent: () => void): void {
  let sent = false;
  const markSent = () => {
    sent = true;
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
    if (sent) onSent();
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    // Navigating away while the compose stays open (Gmail keeps drafts): keep watching it.
    if (!compose.isConnected) observer.disconnect();
  });
}
