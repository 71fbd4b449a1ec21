/**
 * « À confirmer : relance à Acme ouverte hier — envoyée ? »: a reminder opened in Outlook on the
 * web or the mail app leaves the browser, so nothing can see it sent. It waits here (IndexedDB,
 * core/db/sends.ts) until the user answers, shown in the popup, the dashboard and the digest:
 * « Oui » records the step for every invoice it covered, « Non, pas envoyée » records nothing.
 */
import type { Deriver, EcheanceDb } from '../db';
import { PENDING_CONFIRMATIONS, updateList } from '../db/sends';
import type { Covered } from '../model';
import { newId } from '../model';
import { recordReminderSent } from './gmail-pending';
import type { ReminderDraft } from './open-reminder';

export interface PendingConfirmation {
  id: string;
  invoiceId: string;
  stepId: string;
  template: string;
  covers: Covered[];
  client: string;
  numbers: string[];
  target: 'outlook' | 'mailto';
  /** ISO date-time it was opened. */
  at: string;
}

/** Remembers a reminder opened outside Gmail; the same step opened again is asked once. */
export async function addPendingConfirmation(
  db: EcheanceDb,
  draft: ReminderDraft,
  target: 'outlook' | 'mailto',
  now: Date,
): Promise<PendingConfirmation> {
  const invoices = await db.invoices.bulkGet(draft.covers.map((c) => c.invoiceId));
  const main = invoices[0];
  const client = main ? await db.clients.get(main.clientId) : undefined;
  const record: PendingConfirmation = {
    id: newId(),
    invoiceId: draft.invoiceId,
    stepId: draft.stepId,
    template: draft.template,
    covers: draft.covers,
    client: client?.name ?? '',
    numbers: invoices.flatMap((i) => (i ? [i.number] : [])),
    target,
    at: now.toISOString(),
  };
  await updateList<PendingConfirmation>(db, PENDING_CONFIRMATIONS, (list) => [
    ...list.filter((p) => !(p.invoiceId === record.invoiceId && p.stepId === record.stepId)),
    record,
  ]);
  return record;
}

/**
 * The user's answer: `sent` records the reminder (once) for every invoice it covered; not sent
 * records nothing. Either way the question goes. True when a step was recorded.
 */
export async function answerPendingConfirmation(
  db: EcheanceDb,
  id: string,
  sent: boolean,
  now: Date,
  derive: Deriver,
): Promise<boolean> {
  const { before } = await updateList<PendingConfirmation>(db, PENDING_CONFIRMATIONS, (list) =>
    list.filter((p) => p.id !== id),
  );
  const found = before.find((p) => p.id === id);
  if (!found || !sent) return false;
  await recordReminderSent(db, { ...found, threadId: null }, now, derive);
  return true;
}
