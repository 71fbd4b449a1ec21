/**
 * From Send to « recorded »: a reminder counts as sent only once Gmail's Undo period is over
 * (its toast gone) AND the message shows in the thread (core/sites/gmail/sent-message.ts). Send
 * makes it pending in the background's database, so a reload or a closed tab leaves it to be
 * settled on the next visit. « Annuler » brings the draft back: watched again, same pending; a
 * draft then discarded records nothing. Everything rests on what the page shows, no timer
 * stands for the Undo period (its length is the user's Gmail setting: 5 to 30 s).
 */
import type { PendingSend, PendingSendRequest } from '../../model';
import { readAccountEmail } from './anchors';
import { findSendButton, isVisible, listComposes, readComposeId, readDraftId } from './compose';
import { queryFirst } from './dom';
import { parseThread } from './parse-thread';
import { countSent, sendFingerprint } from './sent-message';

/**
 * What the watch needs from outside: the background (keep a send pending, settle it), the
 * content script's timers and teardown, the page's MutationObserver and the clock.
 */
export interface SendWatchEnv {
  pending: (request: PendingSendRequest) => Promise<{ pendingId: string } | null>;
  settle: (pendingId: string, outcome: 'sent' | 'dropped') => Promise<boolean>;
  setTimeout: (fn: () => void, ms: number) => unknown;
  onInvalidated: (fn: () => void) => void;
  MutationObserver: typeof MutationObserver;
  now: () => number;
}

/** Gmail refuses a Send (no recipient) by leaving the compose open. */
const REFUSED_MS = 1500;
/** The longest Undo period (30 s) and a margin: a pending send still unseen after it was undone. */
const GIVE_UP_MS = 45_000;

export type SendIntent = Omit<PendingSendRequest, 'fingerprint' | 'before' | 'draftId'> & {
  body: string;
};

const armed = new WeakSet<Element>();

/** Watches a compose holding a reminder: its Send makes the reminder pending. */
export function armCompose(
  env: SendWatchEnv,
  doc: Document,
  compose: Element,
  intent: SendIntent,
  onRecorded: () => void,
  pending: PendingSend | null = null,
): void {
  if (armed.has(compose)) return;
  armed.add(compose);
  let current = pending;
  const pressed = async () => {
    const ids = { draftId: readDraftId(compose), composeId: readComposeId(compose) };
    if (!current) {
      const me = readAccountEmail(doc);
      const thread = parseThread(doc);
      const fingerprint = sendFingerprint(intent.body);
      const before = me && thread ? countSent(thread, me, fingerprint) : 0;
      const { body: _, ...rest } = intent;
      const request = { ...rest, fingerprint, before, draftId: ids.draftId };
      const answer = await env.pending(request);
      if (!answer) return;
      current = { ...request, pendingId: answer.pendingId, at: new Date(env.now()).toISOString() };
    }
    const mine = current;
    env.setTimeout(() => {
      // Still open: Gmail refused it; a later Send is watched by the same handler.
      if (compose.isConnected) return;
      settleWhenShown(env, doc, mine, { ...ids, intent, onRecorded });
    }, REFUSED_MS);
  };
  findSendButton(compose)?.addEventListener('click', (e) => e.isTrusted && pressed(), true);
  compose.addEventListener(
    'keydown',
    (e) => {
      const k = e as KeyboardEvent;
      if (k.isTrusted && k.key === 'Enter' && (k.ctrlKey || k.metaKey)) pressed();
    },
    true,
  );
}

interface Watch {
  draftId: string | null;
  composeId: string | null;
  intent: SendIntent | null;
  onRecorded: () => void;
}

/**
 * Settles `pending` from what the page shows: sent once the toast is gone and the thread has
 * one more message carrying the reminder; the draft back (Undo) is armed again; nothing seen
 * after the longest Undo period (a discarded draft, an undone send) records nothing.
 */
export function settleWhenShown(env: SendWatchEnv, doc: Document, pending: PendingSend, watch: Watch) {
  let done = false;
  const settle = (outcome: 'sent' | 'dropped') => {
    done = true;
    observer.disconnect();
    void env.settle(pending.pendingId, outcome).then((recorded) => {
      if (recorded) watch.onRecorded();
    });
  };
  const check = () => {
    if (done) return;
    const back = listComposes(doc).find(
      (c) =>
        (watch.draftId !== null && readDraftId(c) === watch.draftId) ||
        (watch.composeId !== null && readComposeId(c) === watch.composeId),
    );
    if (back) {
      // « Annuler »: the draft is back; its next Send continues this pending send.
      done = true;
      observer.disconnect();
      if (watch.intent) armCompose(env, doc, back, watch.intent, watch.onRecorded, pending);
      return;
    }
    const toast = queryFirst(doc, 'sendToast');
    if (toast && isVisible(toast) && (toast.textContent ?? '').trim() !== '') return;
    const me = readAccountEmail(doc);
    const thread = parseThread(doc);
    if (pending.threadId === null && watch.intent) return settle('sent');
    if (
      me &&
      thread?.threadId === pending.viewThreadId &&
      countSent(thread, me, pending.fingerprint) > pending.before
    )
      return settle('sent');
    if (env.now() - Date.parse(pending.at) > GIVE_UP_MS) settle('dropped');
  };
  const observer = new env.MutationObserver(check);
  observer.observe(doc.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class'],
  });
  env.onInvalidated(() => observer.disconnect());
  const age = env.now() - Date.parse(pending.at);
  env.setTimeout(check, Math.max(0, GIVE_UP_MS - age) + 100);
  check();
}
