/**
 * Reminders opened as a new Gmail message (the invoice has no Gmail thread): the background
 * remembers each one when it opens the compose tab; the Gmail page of that tab finds its compose
 * among them (core/compose/opened.ts) and follows it to Send like a reply, so the step is
 * recorded when Gmail really sends it, with nothing to confirm.
 */
import { matchOpenedCompose, type OpenedCompose, type SeenCompose, textStart } from '../compose/opened';
import type { EcheanceDb } from '../db';
import { OPENED_COMPOSES, readList, updateList } from '../db/sends';
import { newId } from '../model';
import type { ReminderDraft } from './open-reminder';

/** A compose not sent within two days is the user's own draft by then: forgotten. */
const KEEP_MS = 2 * 24 * 3600_000;
/** A few at most: each « Rédiger » adds one. */
const MAX_KEPT = 20;

const fresh = (list: OpenedCompose[], now: Date) =>
  list.filter((r) => now.getTime() - Date.parse(r.at) < KEEP_MS).slice(-MAX_KEPT);

/** Remembers the compose about to open; the same step opened again replaces the older one. */
export async function rememberOpenedCompose(
  db: EcheanceDb,
  draft: ReminderDraft,
  attach: boolean,
  now: Date,
): Promise<OpenedCompose> {
  const record: OpenedCompose = {
    ref: newId(),
    invoiceId: draft.invoiceId,
    stepId: draft.stepId,
    template: draft.template,
    covers: draft.covers,
    to: draft.to,
    subject: draft.subject,
    start: textStart(draft.body),
    attach,
    at: now.toISOString(),
  };
  await updateList<OpenedCompose>(db, OPENED_COMPOSES, (list) => [
    ...fresh(list, now).filter((r) => !(r.invoiceId === record.invoiceId && r.stepId === record.stepId)),
    record,
  ]);
  return record;
}

/** The reminder a compose of the Gmail page is, or null when it is none of ours. */
export async function findOpenedCompose(
  db: EcheanceDb,
  seen: SeenCompose,
  now: Date,
): Promise<OpenedCompose | null> {
  return matchOpenedCompose(fresh(await readList<OpenedCompose>(db, OPENED_COMPOSES), now), seen);
}

/** Once its step is recorded, the compose is nobody's to follow any more. */
export async function forgetOpenedComposes(
  db: EcheanceDb,
  done: readonly { invoiceId: string; stepId: string }[],
): Promise<void> {
  const gone = (r: OpenedCompose) => done.some((d) => d.invoiceId === r.invoiceId && d.stepId === r.stepId);
  if ((await readList<OpenedCompose>(db, OPENED_COMPOSES)).some(gone))
    await updateList<OpenedCompose>(db, OPENED_COMPOSES, (list) => list.filter((r) => !gone(r)));
}

/** `gmail/opened-compose`: what the page needs to follow the compose, or null when it is not ours. */
export async function openedComposeFor(db: EcheanceDb, seen: SeenCompose, now: Date) {
  const found = await findOpenedCompose(db, seen, now);
  if (!found) return { found: null };
  const { invoiceId, stepId, template, covers, start, attach } = found;
  return { found: { invoiceId, stepId, template, covers, start, attach } };
}
