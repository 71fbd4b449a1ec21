/**
 * Invoices by Gmail thread, through the `origin.threadId` index (schema.ts v4): a Gmail card or
 * the labels of a list read the few invoices of the threads on screen, not the whole table.
 * Only Gmail origins carry a thread id, so every hit is a Gmail invoice.
 */
import type { Invoice } from '../model';
import type { EcheanceDb } from './database';

export async function invoiceByThread(db: EcheanceDb, threadId: string): Promise<Invoice | undefined> {
  return db.invoices.where('origin.threadId').equals(threadId).first();
}

export async function invoicesByThreads(db: EcheanceDb, threadIds: readonly string[]): Promise<Invoice[]> {
  if (threadIds.length === 0) return [];
  return db.invoices
    .where('origin.threadId')
    .anyOf([...threadIds])
    .toArray();
}
