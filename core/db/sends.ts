/**
 * Two short lists about reminders that left Échéance for a mailbox, each one row of `meta` (in
 * IndexedDB, so they outlive the popup, the service worker and a browser restart):
 * - the Gmail composes opened as new messages, until the Gmail page sees one sent;
 * - the reminders opened in Outlook on the web or the mail app, until the user says whether
 *   they went (« À confirmer »).
 * Stores and reads only; what they mean is core/app's (opened-composes.ts, pending-confirmations.ts).
 */
import type { EcheanceDb } from './database';

export const OPENED_COMPOSES = 'gmail-opened-composes';
export const PENDING_CONFIRMATIONS = 'pending-confirmations';

type ListKey = typeof OPENED_COMPOSES | typeof PENDING_CONFIRMATIONS;

/** The list kept under `key` (empty when there is none or it is not a list). */
export async function readList<T>(db: EcheanceDb, key: ListKey): Promise<T[]> {
  const value = (await db.meta.get(key))?.value;
  return Array.isArray(value) ? (value as T[]) : [];
}

/** Replaces the list under `key` by `change(list)`, read and written in one transaction. */
export async function updateList<T>(
  db: EcheanceDb,
  key: ListKey,
  change: (list: T[]) => T[],
): Promise<{ before: T[]; after: T[] }> {
  return db.transaction('rw', db.meta, async () => {
    const before = await readList<T>(db, key);
    const after = change(before);
    await db.meta.put({ key, value: after });
    return { before, after };
  });
}
