/**
 * « Relancer » in a Gmail thread where Gmail shows no reply control: the page opens a new
 * message in a new tab (`view=cm`). Remembered first, like one the popup opens, so that tab's
 * page follows it to Send and records it (opened-composes.ts).
 */
import { type EcheanceDb, getSettings } from '../db';
import { reminderDraft } from './open-reminder';
import { rememberOpenedCompose } from './opened-composes';

export async function rememberNewMessage(db: EcheanceDb, invoiceId: string, now: Date) {
  const found = await reminderDraft(db, invoiceId, now);
  if (!found) return { remembered: false };
  const settings = await getSettings(db);
  // Its own compose, not a reply: no thread to settle it in.
  await rememberOpenedCompose(
    db,
    { ...found.draft, threadId: null },
    settings.attachInvoicePdf !== false,
    now,
  );
  return { remembered: true };
}
