/**
 * « Où en êtes-vous ? » pre-filled from the thread (issue #19): the user's own messages written
 * after the invoice message are reminders they already sent. The furthest one counts — a formal
 * notice when its text says so, else an e-mail reminder — dated by its message. Calls leave no
 * trace in a thread. The user confirms or corrects the answer in the form. Plain data in, plain
 * data out; shared with the Sent-list pass.
 */
import type { Whereabouts } from '../../model/whereabouts';
import type { GmailMessage, GmailThread } from './types';

/** Words of a formal notice in the languages the templates write (ours and the usual ones). */
const FORMAL_NOTICE = /mise en demeure|mets en demeure|met en demeure|formal notice|letter before action/i;

/** What the thread shows the user already did after `invoiceMessageId`; null: nothing seen. */
export function threadWhereabouts(thread: GmailThread, invoiceMessageId: string): Whereabouts | null {
  const at = thread.messages.findIndex((m) => m.messageId === invoiceMessageId);
  if (at < 0) return null;
  // The invoice's sender is the user, whether or not the account's address was read.
  const me = thread.messages[at]!.from.email.trim().toLowerCase();
  const later: GmailMessage[] = thread.messages
    .slice(at + 1)
    .filter((m) => m.from.email.trim().toLowerCase() === me);
  if (later.length === 0) return null;
  const notice = later.filter((m) => FORMAL_NOTICE.test(m.bodyText)).at(-1);
  const last = notice ?? later.at(-1)!;
  return { reached: notice ? 'formal_notice' : 'email', on: last.date, source: 'gmail-thread' };
}
