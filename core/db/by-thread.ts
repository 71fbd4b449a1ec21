/**
 * Invoices tracked from Gmail threads, found through the `origin.threadId` index (schema v1,
 * kept in v4 for this lookup): a Gmail card or a list of rows reads its own invoices, not the
 * whole table. Only Gmail origins carry a thread id; the kind is checked all the same.
 */
import type { Invoice } from '../model';
import type { EcheanceDb } from './database';

/** The invoices whose Gmail thread is one of `threadIds`, in no particular order. */
export async function invoicesByThread(db: EcheanceDb, threadIds: readonly string[]): Promise<Invoice[]> {
  if (threadIds.length === 0) return [];
  const found = await db.invoices
    .where('origin.threadId')
    .anyOf([...new Set(threadIds)])
    .toArray();
  return found.filter((i) => i.origin.kind === 'gmail');
}

/** The invoice tracked from this Gmail thread, if any. */
export async function invoiceByThread(db: EcheanceDb, threadId: string): Promise<Invoice | undefined> {
  return (await invoicesByThread(db, [threadId]))[0];
}
