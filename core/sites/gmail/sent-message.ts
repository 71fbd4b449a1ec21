import { sameAddress } from './detect';
import type { GmailThread } from './types';

/**
 * How a reminder is recognised once Gmail shows it in the thread (after the Undo period): the
 * start of its text, spaces folded. A collapsed message shows a snippet, which holds it too.
 */
export function sendFingerprint(body: string): string {
  return fold(body).slice(0, 60);
}

/**
 * How many of the user's messages in the thread carry the reminder: its count grows by one once
 * Gmail has really sent it (collapsed headers count too).
 */
export function countSent(thread: GmailThread, me: string, fingerprint: string): number {
  if (fingerprint === '') return 0;
  return thread.messages.filter(
    (m) => sameAddress(m.from.email, me) && fold(m.bodyText).includes(fingerprint),
  ).length;
}

/** True when a text Gmail shows (a list row: subject and snippet) carries the reminder. */
export function showsReminder(text: string, fingerprint: string): boolean {
  return fingerprint !== '' && fold(text).includes(fingerprint);
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
