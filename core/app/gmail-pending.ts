/**
 * Reminders sent from Gmail, between Send and the moment Gmail really sends them (after the
 * user's Undo period, 5 to 30 s). Kept in the database, not in the page, so that a reload or a
 * closed tab leaves them to be settled on the next visit of the thread; then recorded as one
 * `reminder_sent` per invoice the reminder covered.
 */
import { localDate } from '../dates';
import { addEvents, type Deriver, type EcheanceDb } from '../db';
import type { PendingSend, PendingSendRequest } from '../model';
import { newId } from '../model';
import { forgetOpenedComposes } from './opened-composes';
import { undoable } from './undo';

const KEY = 'gmail-pending-sends';
/** Unsettled after this long, a pending send is forgotten (nothing recorded). */
const FORGET_MS = 7 * 24 * 3600_000;

async function load(db: EcheanceDb, now: Date): Promise<PendingSend[]> {
  const value = (await db.meta.get(KEY))?.value;
  const list = Array.isArray(value) ? (value as PendingSend[]) : [];
  return list.filter((p) => now.getTime() - Date.parse(p.at) < FORGET_MS);
}

/** Send was pressed on a reminder: kept until the page sees it sent. Answers its id. */
export async function addPendingSend(
  db: EcheanceDb,
  request: PendingSendRequest,
  now: Date,
): Promise<string> {
  const pendingId = newId();
  await db.transaction('rw', db.meta, async () => {
    const list = await load(db, now);
    await db.meta.put({ key: KEY, value: [...list, { ...request, pendingId, at: now.toISOString() }] });
  });
  return pendingId;
}

/** The pending sends started from this thread's card, to be settled when it shows them. */
export async function pendingSendsOf(
  db: EcheanceDb,
  viewThreadId: string,
  now: Date,
): Promise<PendingSend[]> {
  return (await load(db, now)).filter((p) => p.viewThreadId === viewThreadId);
}

/**
 * Reminders sent as a new message and not yet seen sent: they show in a new thread of Sent, not
 * in the invoice's thread, so a list row settles them (the Gmail content script's list labels).
 */
export async function pendingNewMessages(db: EcheanceDb, now: Date): Promise<PendingSend[]> {
  return (await load(db, now)).filter((p) => p.threadId === null);
}

/**
 * Settles a pending send once: `sent` records its step (true is answered), `dropped` (undone or
 * discarded) records nothing; a second settle of the same send does nothing.
 */
export async function settlePendingSend(
  db: EcheanceDb,
  pendingId: string,
  outcome: 'sent' | 'dropped',
  now: Date,
  derive: Deriver,
): Promise<boolean> {
  let found: PendingSend | undefined;
  await db.transaction('rw', db.meta, async () => {
    const list = await load(db, now);
    found = list.find((p) => p.pendingId === pendingId);
    if (found) await db.meta.put({ key: KEY, value: list.filter((p) => p !== found) });
  });
  if (!found || outcome === 'dropped') return false;
  // Seen sent in Gmail and recorded on its own: « Annuler » on the card and in the popup, should
  // the send not have been a reminder after all.
  const sent = found;
  const invoiceIds = (sent.covers ?? [sent]).map((c) => c.invoiceId);
  await undoable(db, now, { kind: 'reminder', invoiceIds }, () => recordReminderSent(db, sent, now, derive));
  // A new message opened from Échéance was this one: nothing left to follow.
  if (found.threadId === null)
    await forgetOpenedComposes(db, found.covers ?? [{ invoiceId: found.invoiceId, stepId: found.stepId }]);
  return true;
}

/** One `reminder_sent` per invoice the reminder covered (the main invoice alone by default). */
export async function recordReminderSent(
  db: EcheanceDb,
  r: Pick<PendingSend, 'invoiceId' | 'stepId' | 'template' | 'threadId' | 'covers'>,
  now: Date,
  derive: Deriver,
): Promise<void> {
  const stamp = { date: localDate(now), createdAt: now.toISOString(), note: '' };
  const events = (r.covers ?? [{ invoiceId: r.invoiceId, stepId: r.stepId, template: r.template }]).map(
    (c) => ({
      ...stamp,
      id: newId(),
      invoiceId: c.invoiceId,
      type: 'reminder_sent' as const,
      stepId: c.stepId,
      channel: 'email' as const,
      template: c.template,
      gmailThreadId: r.threadId,
      gmailMessageId: null,
    }),
  );
  await addEvents(db, events, derive, localDate(now));
}
