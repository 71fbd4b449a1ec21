/**
 * « Marquer comme payée ? » on the card of a tracked, unpaid invoice whose thread holds the
 * client's « le virement a été effectué » (core/sites/gmail/payment-reply), with « Pas encore
 * reçu » to hold the reminders for the announced transfer (issue #17).
 */
import { sendFromContent } from '../../../core/platform/content';
import { detectPaymentReply } from '../../../core/sites/gmail/payment-reply';
import type { GmailThread } from '../../../core/sites/gmail/types';
import { timed } from '../timing';

/**
 * Whether the client says it paid, read on first ask only: the hint is for a tracked unpaid
 * invoice alone, and a long thread's replies are the costliest text to scan.
 */
export function paymentReplyOf(thread: GmailThread, me: string | undefined): () => boolean {
  let replied: boolean | undefined;
  return () => {
    replied ??= timed('thread-detect', () => (me ? detectPaymentReply(thread, me) : false));
    return replied;
  };
}

export async function markPaid(invoiceId: string): Promise<void> {
  await sendFromContent('invoice/mark-paid', { invoiceId });
}

/** « Pas encore reçu »: the transfer the client announced holds the reminders for a few days. */
export async function holdForMoney(invoiceId: string): Promise<void> {
  await sendFromContent('invoice/payment-announced', { invoiceId, gmailMessageId: null });
}
